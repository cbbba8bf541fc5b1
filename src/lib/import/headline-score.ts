import { namesUnit } from './unit-words.ts';

// Openings that continue or frame a thought, so the sentence belongs to what comes before or is
// itself prose: connectives, time frames, and words pointing back (这, 此, 其).
const PROSE_OPENING =
  /^(?:同时|此外|另外|因此|其中|例如|比如|总之|而且|并且|但是|然而|所以|与此同时|截至|目前|随着|通过|为了|按照|根据|由于|近年来|近几年|多年来|今年|去年|前年|\d{4}年|这|此|其|他们|她们|对于|关于)/;
// `是` as a verb (`服务是…的根本`) and its kin (`贵在`, `在于`) make a statement; headlines are
// imperatives and slogans. The `是` of a numbered point (`一是`) and of 就是/还是/更是 are not that verb.
const COPULA = /(?<![一二三四五六七八九十就还更也总都但而或要正])是|贵在|重在|在于|关键在/;
const CLAUSE_MARKS = /[，；]/;
const PUNCTUATION = /[\s，。！？；：、“”‘’《》（）()…—·]/g;

/** How long a headline may comfortably be, in characters, before length starts to count against it. */
const HEADLINE_SCALE = 12;

/** The length of a title in characters, punctuation not counted. */
export function titleLength(title: string): number {
  return [...title.replace(PUNCTUATION, '')].length;
}

/** Whether a title is written in clauses (`捕捉信息，当好“情报部”`) or as one phrase (`建体系夯基础`). */
export function hasClauses(title: string): boolean {
  return CLAUSE_MARKS.test(title);
}

/**
 * How strongly a first sentence reads as an article headline, as log-odds: above 0 it is more
 * likely a headline than prose. Headlines are short imperatives or slogans without a subject
 * (`建体系夯基础`, `坚持需求导向，当好群众身边的“贴心管家”`); prose names the unit (`水务局…`,
 * `我们…`), opens with a connective or a time (`同时`, `近年来`), states what something is (`服务是…`),
 * carries figures, and runs on in clauses. Length counts against a sentence gradually, never as a cut-off.
 */
export function headlineScore(title: string, unitWords: readonly string[]): number {
  const length = titleLength(title);
  const clauses = title.split(CLAUSE_MARKS).filter((c) => c.trim() !== '');
  let score = 2.5 - (2 * Math.max(0, length - HEADLINE_SCALE)) / HEADLINE_SCALE;
  if (length < 2) score -= 4;
  if (namesUnit(title, unitWords)) score -= 3;
  if (PROSE_OPENING.test(title)) score -= 3;
  if (COPULA.test(title)) score -= 1.5;
  if (/\d/.test(title)) score -= 1;
  if (clauses.length > 2) score -= clauses.length - 2;
  if (clauses.length === 2) {
    const [a, b] = clauses.map(titleLength) as [number, number];
    if (Math.min(a, b) / Math.max(a, b) >= 0.5) score += 0.5;
  }
  return score;
}
