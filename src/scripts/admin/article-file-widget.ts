// Runs in the browser on /admin/ only: a new article's number and name, which make its file name.
import { articleFileProblem, readArticleFile } from '../../lib/cms/validate.ts';
import { t } from '../../lib/i18n.ts';
import { articlesOf, chosenFile, loadArticles, typedFile } from './article-files.ts';
import { invalid, savedSlug, type ControlSpec, type ImmutableMap } from './decap.ts';

interface State {
  number: string;
  name: string;
}

/**
 * Two boxes for a new article, 序号 and 网址名, either of which may be left empty: the article is
 * then put after the last one and named from its title, as the importer names articles (see
 * `article-files.ts`, which the save hook in `main.ts` uses too). A saved article shows its file name.
 */
export function articleFileControl(): unknown {
  const spec: ControlSpec<State> = {
    getInitialState: () => ({ number: '', name: '' }),
    componentDidMount() {
      if (savedSlug(this.props)) return;
      void loadArticles(this.props);
      if (this.props.value === undefined || this.props.value === null || this.props.value === '') this.props.onChange(typedFile('', ''));
    },
    getValidateValue() {
      return savedSlug(this.props) ?? this.props.value;
    },
    isValid() {
      if (savedSlug(this.props)) return true;
      const collection = String(this.props.collection.get('name'));
      const data = this.props.getEntry().get('data') as ImmutableMap;
      const { number, name } = chosenFile(collection, data);
      const problem = articleFileProblem(number, name, articlesOf(collection, String(data.get('dossier') ?? '')));
      return problem ? invalid(problem) : true;
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      const h = window.h;
      const saved = savedSlug(this.props);
      if (saved) {
        const stem = saved.split('/').at(-1)!;
        return h('p', { id: forID }, t('admin.file.saved', { file: `${stem}.md`, name: readArticleFile(stem).name }));
      }
      const box = (key: keyof State, label: string, placeholder: string) =>
        h(
          'label',
          { style: { display: 'block', marginBottom: '0.5em' } },
          h('span', { style: { display: 'block', fontSize: '0.9em' } }, label),
          h('input', {
            type: 'text',
            id: key === 'number' ? forID : `${forID}-name`,
            className: classNameWrapper,
            value: this.state[key],
            placeholder,
            inputMode: key === 'number' ? 'numeric' : 'text',
            autoComplete: 'off',
            onChange: (e: { target: { value: string } }) => {
              const next = { ...this.state, [key]: e.target.value };
              this.setState(next);
              onChange(typedFile(next.number, next.name));
            },
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
          }),
        );
      return h('div', null, box('number', t('admin.file.number'), t('admin.file.numberAuto')), box('name', t('admin.file.name'), t('admin.file.nameAuto')));
    },
  };
  return window.createClass(spec);
}
