import type { DiagnosticLang, IssueValues, MessageEntry } from './values.ts';

/** A template with its `{{name}}` placeholders filled from `values`. */
export function fillTemplate(template: string, values: IssueValues): string {
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
    .trim();
}

/**
 * A message entry and its hint, filled in and in one language. Takes the entry rather than its
 * code so that callers holding one domain's table (the site's schemas) need not load the others.
 */
export function fillEntry(entry: MessageEntry, values: IssueValues, lang: DiagnosticLang): { message: string; hint: string } {
  const suggestion = values.suggestion;
  const extra: IssueValues = {
    suggestionZh: suggestion ? `是否想写 ${suggestion}？` : '',
    suggestionEn: suggestion ? `Did you mean ${suggestion}?` : '',
    // Astro validates one award field at a time and cannot name the award; the checker can.
    awardZh: values.award ? `奖项“${values.award}”` : '这项荣誉',
    awardEn: values.award ? `award "${values.award}"` : 'this award',
  };
  const all = { ...extra, ...values };
  return lang === 'zh'
    ? { message: fillTemplate(entry.zh, all), hint: fillTemplate(entry.hintZh, all) }
    : { message: fillTemplate(entry.en, all), hint: fillTemplate(entry.hintEn, all) };
}
