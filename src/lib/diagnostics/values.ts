/**
 * The plain shapes every diagnostics module shares. They sit apart from the message tables and the
 * formatter so that neither has to import the other to name them.
 */

/** The values a message's `{{name}}` placeholders are filled from. */
export type IssueValues = Record<string, string | number | undefined>;

/** The languages diagnostics are written in; Chinese first. */
export type DiagnosticLang = 'zh' | 'en';

/** One message in both languages: what is wrong, then how to fix it. */
export interface MessageEntry {
  zh: string;
  en: string;
  hintZh: string;
  hintEn: string;
}
