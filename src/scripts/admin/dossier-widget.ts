// Runs in the browser on /admin/ only: the dossier a file belongs to, from its path once saved.
import { chosenDossierProblem, newDossierProblem } from '../../lib/cms/validate.ts';
import { t } from '../../lib/i18n.ts';
import { allEntries, invalid, savedSlug, type ControlSpec } from './decap.ts';

/** The collection of dossier overviews, as the generated configuration names it. */
const DOSSIERS = 'dossiers';

interface State {
  /** Every dossier: its slug and title. */
  dossiers: Array<{ slug: string; title: string }>;
  /** Dossiers the value may not be: all of them for a new dossier, those already having this file otherwise. */
  taken: Set<string>;
}

function dossierOf(slug: string): string {
  return slug.split('/')[0]!;
}

/**
 * For a new dossier, a box for its name; for a new section file or achievements file, a choice of
 * the dossiers that do not have one yet; for a saved file, the dossier it belongs to, which cannot
 * change (it is in the file's path).
 */
export function dossierControl(): unknown {
  const spec: ControlSpec<State> = {
    getInitialState: () => ({ dossiers: [], taken: new Set<string>() }),
    componentDidMount() {
      if (savedSlug(this.props)) return;
      void (async () => {
        const dossiers = (await allEntries(this.props, DOSSIERS)).map((hit) => ({ slug: hit.slug, title: String(hit.data.title ?? hit.slug) }));
        const own = String(this.props.collection.get('name'));
        const taken = this.props.field.get('creates')
          ? new Set(dossiers.map((d) => d.slug))
          : this.props.field.get('one_file')
            ? new Set((await allEntries(this.props, own)).map((hit) => dossierOf(hit.slug)))
            : new Set<string>();
        this.setState({ dossiers, taken });
      })();
    },
    getValidateValue() {
      const saved = savedSlug(this.props);
      return saved ? dossierOf(saved) : this.props.value;
    },
    isValid() {
      if (savedSlug(this.props)) return true;
      const value = typeof this.props.value === 'string' ? this.props.value.trim() : '';
      const problem = this.props.field.get('creates')
        ? newDossierProblem(value, this.state.taken)
        : chosenDossierProblem(value, this.state.taken, String(this.props.collection.get('label_singular') ?? ''));
      return problem ? invalid(problem) : true;
    },
    render() {
      const { forID, classNameWrapper, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const saved = savedSlug(this.props);
      const h = window.h;
      if (saved) return h('p', { id: forID }, dossierOf(saved));
      const common = { id: forID, className: classNameWrapper, value: typeof value === 'string' ? value : '', onFocus: setActiveStyle, onBlur: setInactiveStyle };
      if (this.props.field.get('creates')) {
        return h('input', { ...common, type: 'text', autoComplete: 'off', onChange: (e: { target: { value: string } }) => onChange(e.target.value.trim()) });
      }
      const choices = this.state.dossiers.filter((d) => !this.state.taken.has(d.slug));
      return h(
        'select',
        { ...common, onChange: (e: { target: { value: string } }) => onChange(e.target.value) },
        h('option', { value: '' }, t('admin.dossier.choose')),
        ...choices.map((d) => h('option', { key: d.slug, value: d.slug }, `${d.title}（${d.slug}）`)),
      );
    },
  };
  return window.createClass(spec);
}
