import { codePoint } from '../../diagnostics/index.ts';
import { textFields } from '../yaml-scalars.ts';
import type { CheckRule, ContentFile, CheckContext } from '../types.ts';

// C0 and C1 control characters other than tab and line feed (carriage returns are already line
// breaks by now). Word writes U+000B for a manual line break and U+000C for a page break, and
// pasted text brings the rest; none shows, and some make the RSS feed invalid XML.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function listed(text: string): string {
  return [...new Set(text.match(CONTROL) ?? [])].map(codePoint).join('、');
}

/** A line or value short enough to quote: its first 30 characters around the first control character. */
function excerpt(text: string): string {
  const at = Math.max(0, text.search(CONTROL) - 15);
  return `${at > 0 ? '…' : ''}${text.slice(at, at + 30)}${text.length > at + 30 ? '…' : ''}`;
}

function checkBody(ctx: CheckContext, file: ContentFile): void {
  const lines = file.body.split('\n');
  const line = lines.findIndex((l) => CONTROL.test(l));
  CONTROL.lastIndex = 0;
  if (line === -1) return;
  const count = file.body.match(CONTROL)!.length;
  ctx.report({
    file: file.path,
    line: file.bodyLine + line,
    column: lines[line]!.search(CONTROL) + 1,
    code: 'text.control-character',
    values: { where: '正文', whereEn: 'the text', given: excerpt(lines[line]!), chars: listed(file.body), count },
  });
}

/**
 * Control characters (Word's manual line break U+000B, its page break U+000C, a bell U+0007…)
 * in a field or a body. They are invisible on the page and break the feed, so each field that has
 * them, and each body, gets one error at the first one, naming them by code point.
 */
export const controlCharactersRule: CheckRule = {
  id: 'control-characters',
  description: 'Fields and bodies must not contain control characters (U+0000–U+001F but tab and line feed, U+007F–U+009F).',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.text === undefined) continue;
      if (file.frontMatter) {
        for (const field of textFields(file.frontMatter)) {
          const first = field.source.search(CONTROL);
          if (first === -1) continue;
          ctx.report({
            file: file.path,
            ...field.at(first),
            field: field.field,
            code: 'text.control-character',
            values: { where: `${field.field} 的值`, whereEn: `the value of ${field.field}`, given: excerpt(field.value), chars: listed(field.source), count: field.source.match(CONTROL)!.length },
          });
        }
      }
      if (!file.unclosedFrontMatter && file.path.endsWith('.md')) checkBody(ctx, file);
    }
  },
};
