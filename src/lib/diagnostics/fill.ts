import type { DiagnosticLang, IssueValues, MessageEntry } from './values.ts';

// Characters a terminal shows as nothing, as a gap that looks like a space, or as a box: control
// characters, format characters (zero-width spaces, direction marks, the BOM, the soft hyphen),
// line and paragraph separators, and every space but the ASCII one and the ideographic space.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f]/gu;

/** `U+200B`, the way a message names a character it cannot show. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A quoted value as a message shows it: every character that would print as nothing (or as a
 * plain space) becomes its code point in brackets, so `市级\u200b` reads `市级[U+200B]`.
 */
export function printable(value: string): string {
  return value.replace(UNPRINTABLE, (ch) => `[${codePoint(ch)}]`);
}

/** A template with its `{{name}}` placeholders filled from `values`, unprintable characters named. */
export function fillTemplate(template: string, values: IssueValues): string {
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      return typeof value === 'string' ? printable(value) : String(value ?? '');
    })
    .trim();
}

/**
 * A message entry and its hint, filled in and in one language. Takes the entry rather than its
 * code so that callers holding one domain's table (the site's schemas) need not load the others.
 */
export function fillEntry(entry: MessageEntry, values: IssueValues, lang: DiagnosticLang): { message: string; hint: string } {
  const suggestion = values.suggestion;
  const extra: IssueValues = {
    suggestionZh: suggestion ? `是否想写 ${printable(String(suggestion))}？` : '',
    suggestionEn: suggestion ? `Did you mean ${printable(String(suggestion))}?` : '',
    // Astro validates one award field at a time and cannot name the award; the checker can.
    awardZh: values.award ? `奖项“${printable(String(values.award))}”` : '这项荣誉',
    awardEn: values.award ? `award "${printable(String(values.award))}"` : 'this award',
  };
  const all = { ...extra, ...values };
  return lang === 'zh'
    ? { message: fillTemplate(entry.zh, all), hint: fillTemplate(entry.hintZh, all) }
    : { message: fillTemplate(entry.en, all), hint: fillTemplate(entry.hintEn, all) };
}
