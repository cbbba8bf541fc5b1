// Which Markdown bodies the content editor's rich text box may open. Decap CMS's rich text editor
// reads a body into its own document and writes it back on every change; what it has no notion of
// it rewrites. Footnotes are the case that loses text: it takes `[^1]` and the note `[^1]: …` for
// a link and its address, and writes `[^1](the note's text)`, so the note is gone from the page and
// the check reports a broken link. Tables, struck-through text, escapes and reference links come
// back in another spelling that the site renders the same.

// A footnote's reference or the start of its note, `[^1]`, not escaped. Looked for as written, not
// parsed: an achievements file's introduction and closing are two fields, and a reference in one
// may have its note in the other, where the field alone would not parse it as a footnote. Text that
// only looks like one (in code, say) opens as Markdown too, which costs nothing.
const FOOTNOTE_MARK = /(?<!\\)\[\^[^\]\s]+\]/;

/** Whether a body holds footnotes, or a reference whose note is elsewhere in its file, and so must be edited as Markdown. */
export function richTextWouldLose(body: string): boolean {
  return FOOTNOTE_MARK.test(body);
}
