import type { ContentMessageCode } from '../../diagnostics/messages/content.ts';
import type { SanitizerCheck } from '../../markdown/render.ts';
import type { BodyPoint, SanitizerRemoval } from '../../markdown/sanitizer-removals.ts';
import type { CheckRule, Report } from '../types.ts';
import { localAddress } from '../url-kind.ts';

// Only a tag or an address with a scheme (`https:`, `file:`, or one spelt with character
// references such as `&#58;`) gives the sanitizer anything to remove; a body with none of these
// (comments aside, which never reach the page) needs no rendering. This only saves work: the
// verdict is the sanitizer's.
const MAY_HOLD_HTML_OR_SCHEME = /<(?!!--)|[a-z][a-z\d+.-]*:|&#/i;

// Elements with a message of their own, for a hint that says what to write instead.
const ELEMENT_CODES: Record<string, ContentMessageCode> = {
  script: 'html.script',
  style: 'html.style',
  iframe: 'html.iframe',
  object: 'html.embed',
  embed: 'html.embed',
  applet: 'html.embed',
};

// Long addresses (a pasted `data:` image) are shortened in messages.
const URL_SHOWN = 60;

// Astro's Markdown processor takes seconds to load; content without HTML or addresses never needs it.
let sanitizerCheck: Promise<SanitizerCheck> | undefined;

/** The line and column of the first of `needles` found in the body between two offsets, or `from` itself. */
function narrow(body: string, from: BodyPoint, to: number | undefined, ...needles: (string | RegExp)[]): BodyPoint {
  if (from.offset === undefined) return from;
  const slice = body.slice(from.offset, to ?? body.length);
  const index = needles.map((n) => (typeof n === 'string' ? slice.indexOf(n) : slice.search(n))).find((i) => i !== -1) ?? -1;
  if (index === -1) return from;
  const before = body.slice(0, from.offset + index);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** A Markdown link's address as written: the parser percent-encodes what is not ASCII. */
function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The message code, values and exact place of one removal. */
function describe(removal: SanitizerRemoval, body: string): { code: ContentMessageCode; values: Record<string, string>; at: BodyPoint } {
  if (removal.kind === 'element') {
    const code = ELEMENT_CODES[removal.tag] ?? (removal.keepsContent ? 'html.element-unwrapped' : 'html.element-dropped');
    return { code, values: { tag: removal.tag }, at: removal.at };
  }
  const { tag, attribute, value, at, end } = removal;
  if (removal.url) {
    // Where the address is written: in the start tag of HTML, in the brackets of a Markdown link.
    const scripted = /^javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, ''));
    const url = value.length > URL_SHOWN ? `${value.slice(0, URL_SHOWN)}…` : value;
    const written = narrow(body, at, end, value.slice(0, URL_SHOWN), decoded(value).slice(0, URL_SHOWN));
    return { code: scripted ? 'html.javascript-url' : 'html.url-removed', values: { tag, attribute, url }, at: written };
  }
  const startTagEnd = at.offset === undefined ? undefined : body.indexOf('>', at.offset);
  const name = new RegExp(`(?<=[\\s"'/])${attribute.replace(/[^\w:-]/g, '')}(?=[\\s=/>]|$)`, 'i');
  return {
    code: /^on/i.test(attribute) ? 'html.event-handler' : 'html.attribute-removed',
    values: { tag, attribute },
    at: narrow(body, at, startTagEnd === -1 ? end : startTagEnd, name),
  };
}

/**
 * Runs every body through the site's own rendering up to the sanitizer, and reports each
 * element, attribute and address the sanitizer takes out, where it is written, with what to write
 * instead. Nothing is guessed: the list comes from the sanitizer itself, with the site's schema,
 * on the tree the site renders.
 */
export const rawHtmlRule: CheckRule = {
  id: 'raw-html',
  description: 'Warns about every element, attribute and address the sanitizer removes from a body.',
  perFile: true,
  async check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      if (!MAY_HOLD_HTML_OR_SCHEME.test(file.body)) continue;
      sanitizerCheck ??= import('../../markdown/render.ts').then((render) => render.createSanitizerCheck());
      // The body as split, not trimmed as pages show it, so that its lines are the file's.
      for (const removal of await (await sanitizerCheck)(file.body, file.absolutePath)) {
        // A file on the editor's own disk (`file:///C:/…`) is the link rule's error, which says
        // which file to copy where; that the sanitizer drops the address is no news after it.
        if (removal.kind === 'attribute' && removal.url && localAddress(decoded(removal.value))?.kind === 'local-file') continue;
        const { code, values, at } = describe(removal, file.body);
        const report: Report = { file: file.path, line: at.line + file.bodyLine - 1, column: at.column, code, severity: 'warning', values };
        ctx.report(report);
      }
    }
  },
};
