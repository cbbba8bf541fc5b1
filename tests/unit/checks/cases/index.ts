import { ATTACHMENT_CASES } from './attachments.ts';
import { CONTRADICTION_CASES } from './contradictions.ts';
import { CRASH_CASES } from './crashes.ts';
import type { ExpectedDiagnostic } from './expected.ts';
import { MESSAGE_CASES } from './messages.ts';
import { READER_SEES_CASES } from './reader-sees.ts';

/** Every fixture case written against the five groups of editor mistakes, by folder name. */
export const NEW_CASES: Record<string, ExpectedDiagnostic[]> = {
  ...CRASH_CASES,
  ...READER_SEES_CASES,
  ...CONTRADICTION_CASES,
  ...ATTACHMENT_CASES,
  ...MESSAGE_CASES,
};
