import { CRASH_CASES } from './crashes.ts';
import type { ExpectedDiagnostic } from './expected.ts';

/** Every fixture case written against the five groups of editor mistakes, by folder name. */
export const NEW_CASES: Record<string, ExpectedDiagnostic[]> = {
  ...CRASH_CASES,
};
