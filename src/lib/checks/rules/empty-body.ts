import type { Nodes, RootContent } from 'mdast';
import { codePoint } from '../../diagnostics/index.ts';
import { splitText } from '../../front-matter/index.ts';
import type { CheckRule, ContentFile, Report } from '../types.ts';

const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
// Raw HTML that shows something even without text.
const SHOWS_SOMETHING = /<(?:img|video|audio|iframe|object|embed|table|svg|picture)\b/i;
// Entities Word and web editors use for blank space, and the characters they stand for.
const SPACE_ENTITIES: Record<string, string> = { nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', '#160': '\u00a0', '#12288': '\u3000', '#x3000': '\u3000', '#xa0': '\u00a0' };

/** True for nodes that show nothing on the page: HTML comments, such as the scaffold's guidance. */
function invisible(node: RootContent): boolean {
  return node.type === 'html' && COMMENT_ONLY.test(node.value);
}

/** The text a reader would see of a node, raw HTML reduced to its text, plus whether it shows an image or media. */
function visible(node: Nodes): { text: string; media: boolean } {
  if (node.type === 'image' || node.type === 'imageReference') return { text: '', media: true };
  if (node.type === 'html') {
    const text = node.value
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#?\w+);/gi, (entity, name: string) => SPACE_ENTITIES[name.toLowerCase()] ?? entity);
    return { text, media: SHOWS_SOMETHING.test(node.value) };
  }
  if ('value' in node && typeof node.value === 'string') return { text: node.value, media: false };
  const parts = 'children' in node ? (node.children as Nodes[]).map(visible) : [];
  return { text: parts.map((p) => p.text).join(''), media: parts.some((p) => p.media) };
}

/**
 * The blank characters written below the front matter of a file whose page shows no body: a body of
 * full-width spaces is taken off with the blank space around the text (`bodyShown`), and an editor
 * who typed them is told what they are. Undefined when there are none.
 */
function writtenBlank(file: ContentFile): Pick<Report, 'line' | 'column' | 'values'> | undefined {
  const { body, bodyLine } = splitText(file.text!);
  const first = body.search(/[^\n]/);
  if (first === -1) return undefined;
  const chars = [...new Set(body.replace(/\n/g, ''))].map(codePoint).join('、');
  const before = body.slice(0, first);
  return { line: bodyLine + before.split('\n').length - 1, column: first - before.lastIndexOf('\n'), values: { chars } };
}

/**
 * An article with only a title renders as a bare heading on its section page; so does one whose
 * body is only blank characters (full-width spaces, `&nbsp;` from Word or a web page).
 */
export const emptyBodyRule: CheckRule = {
  id: 'empty-body',
  description: 'Articles must have text below their front matter, not only blank characters.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'article' || file.text === undefined || file.unclosedFrontMatter) continue;
      const nodes = ctx.markdown(file).children.filter((node) => !invisible(node));
      if (nodes.length === 0) {
        const blank = file.body === '' ? writtenBlank(file) : undefined;
        ctx.report(blank ? { file: file.path, ...blank, code: 'body.blank' } : { file: file.path, line: file.bodyLine, code: 'body.empty' });
        continue;
      }
      const seen = nodes.map(visible);
      const text = seen.map((s) => s.text).join('');
      if (seen.some((s) => s.media) || /\S/u.test(text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, ''))) continue;
      const chars = [...new Set(text.replace(/\n/g, ''))].map(codePoint).join('、');
      const first = nodes[0]!.position?.start;
      if (chars === '' || !first) {
        ctx.report({ file: file.path, line: file.bodyLine, code: 'body.empty' });
        continue;
      }
      ctx.report({ file: file.path, line: first.line + file.bodyLine - 1, column: first.column, code: 'body.blank', values: { chars } });
    }
  },
};
