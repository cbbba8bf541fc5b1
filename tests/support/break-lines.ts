// Breaks the paragraphs of a dossier's text into lines of one length, as a PDF viewer's copy or an
// editor's line length does, to test that the importer reads such text as the unbroken one.

/** Lines a Markdown source must keep whole: headings, tables, list items, quotes, pictures, code. */
const MARKDOWN_STRUCTURE = /^\s*(?:#|\||[-*+]\s|\d+\.\s|>|!|\[|`)/;

/**
 * `text` with every paragraph line longer than `width` characters broken into lines of `width`
 * characters. A break never falls right after 。！？, where the importer takes a paragraph to end
 * (the line is broken a character earlier instead); lines with links, notes, code or tabs stay whole.
 */
export function breakLines(text: string, width: number, markdown: boolean): string {
  return text
    .split(/\r?\n/)
    .flatMap((line) => {
      const chars = [...line];
      if (chars.length <= width || /[[\]`!\t]/.test(line) || (markdown && MARKDOWN_STRUCTURE.test(line))) return [line];
      const lines: string[] = [];
      let at = 0;
      while (chars.length - at > width) {
        let cut = at + width;
        while (cut > at + 1 && /[。！？]/.test(chars[cut - 1]!)) cut--;
        lines.push(chars.slice(at, cut).join(''));
        at = cut;
      }
      return [...lines, chars.slice(at).join('')];
    })
    .join('\n');
}
