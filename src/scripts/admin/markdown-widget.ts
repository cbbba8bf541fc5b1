// Runs in the browser on /admin/ only: Decap's Markdown box, opened as plain Markdown, with a word
// on why, for a body its rich text editor would damage (src/lib/cms/rich-text-safe.ts).
import { richTextWouldLose } from '../../lib/cms/rich-text-safe.ts';
import { t } from '../../lib/i18n.ts';
import type { ControlSpec } from './decap.ts';

/** The part of Decap's registry entry for a widget that this one reuses. */
interface RegisteredWidget {
  control: unknown;
  preview: unknown;
}

/**
 * Decap's own `markdown` widget, given only the `raw` mode when the body it opens has footnotes.
 * Decap picks the mode when its box is created, so the box is created again (a new React key)
 * when the body it is given first has footnotes, as when an entry's text arrives; from then on the
 * box stays plain Markdown, so that deleting a note while typing never swaps the box under the cursor.
 */
export function markdownWidget(): { control: unknown; preview: unknown } {
  const markdown = window.CMS.getWidget('markdown') as RegisteredWidget;
  const spec: ControlSpec<Record<string, never>> & { raw?: boolean; inner?: { focus?(): void } } = {
    // Decap focuses a field's control when its label is clicked.
    focus() {
      this.inner?.focus?.();
    },
    render() {
      const h = window.h;
      this.raw ||= richTextWouldLose(typeof this.props.value === 'string' ? this.props.value : '');
      const raw = this.raw === true;
      // The field's modes are an Immutable list, as Decap reads them.
      const modes = this.props.field.get('modes') as { filter(keep: (mode: unknown) => boolean): unknown };
      const field = raw ? this.props.field.set('modes', modes.filter((mode) => mode === 'raw')) : this.props.field;
      const ref = (inner: { focus?(): void } | null) => (this.inner = inner ?? undefined);
      const box = h(markdown.control, { ...this.props, field, key: raw ? 'raw' : 'rich', ref });
      return raw ? h('div', null, h('p', { role: 'note', style: { margin: '0 0 0.5em' } }, t('admin.markdown.rawForNotes')), box) : box;
    },
  };
  return { control: window.createClass(spec), preview: markdown.preview };
}
