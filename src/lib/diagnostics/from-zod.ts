import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostic.ts';
import { TYPE_NAMES } from './messages/content.ts';
import type { MessageCode } from './messages/index.ts';
import type { IssueValues } from './values.ts';
import { toAsciiDigits } from '../schemas/award-years.ts';
import { writtenNumber } from './written-number.ts';

type ZodIssue = z.core.$ZodIssue;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'string' : 'date';
  return typeof value;
}

/**
 * A value as an editor would have typed it, for quoting in a message: dates as `2012-01-10`,
 * lists as `[2010, 2011]`. The checker replaces it with the exact source text where it knows it.
 */
export function writtenValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.map(writtenValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${writtenValue(v)}`).join(', ')}}`;
  }
  return String(value ?? '');
}

function typeValues(expected: string, input: unknown): IssueValues {
  const received = describeType(input);
  return {
    expected: TYPE_NAMES[expected]?.zh ?? expected,
    expectedEn: TYPE_NAMES[expected]?.en ?? expected,
    received: TYPE_NAMES[received]?.zh ?? received,
    receivedEn: TYPE_NAMES[received]?.en ?? received,
    given: writtenValue(input),
  };
}

/** A wrongly typed value: text read as something else, a number written as words, or neither. */
function typeProblem(expected: string, input: unknown): { code: MessageCode; values: IssueValues } {
  const values = typeValues(expected, input);
  if (expected === 'string') return { code: 'field.not-text', values };
  if (expected === 'number' || expected === 'int') {
    const meant = typeof input === 'string' ? writtenNumber(input) : undefined;
    return { code: 'field.not-number', values: { ...values, number: meant ?? 3 } };
  }
  return { code: 'field.type', values };
}

/**
 * The date an editor meant by `2012年1月10日`, `2012.1.10` or `2012/01/10`, as `2012-01-10`;
 * `undefined` when the text is no such date.
 */
export function writtenDate(text: string): string | undefined {
  const match = /^\s*(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*$/.exec(toAsciiDigits(text));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Maps one zod issue to a message code and values, collapsing union noise into one type error. */
function classify(i: ZodIssue, input: unknown): { code: MessageCode; values: IssueValues } {
  switch (i.code) {
    case 'custom': {
      const own = (i.params as { huazhang?: { code: MessageCode; values: IssueValues } } | undefined)?.huazhang;
      if (own) return own;
      return { code: 'field.format', values: { given: writtenValue(input) } };
    }
    case 'invalid_type':
      if (input === undefined) return { code: 'field.required', values: {} };
      // `title:` with nothing after the colon parses as null: the editor left it empty.
      if (input === null) return { code: 'field.empty', values: {} };
      // zod reports `order: 1.5` as "expected int, received number".
      if (i.expected === 'int' && typeof input === 'number') return { code: 'field.integer', values: { given: writtenValue(input), number: Math.round(input) } };
      return typeProblem(i.expected, input);
    case 'invalid_union':
      // Only the year fields are unions (a number, a text or a list of them).
      if (i.path.at(-1) === 'period') return { code: 'period.invalid', values: { given: writtenValue(input) } };
      return { code: 'years.not-a-year', values: { given: writtenValue(input) } };
    case 'too_small':
      if (i.origin === 'string') return { code: input === undefined ? 'field.required' : 'field.empty', values: {} };
      return { code: 'field.too-small', values: { minimum: Number(i.minimum), given: writtenValue(input) } };
    case 'too_big':
      return { code: 'field.too-big', values: { maximum: Number(i.maximum), given: writtenValue(input) } };
    case 'invalid_format':
      return { code: 'field.format', values: { given: writtenValue(input) } };
    case 'invalid_value':
      return { code: 'field.choice', values: { given: writtenValue(input), options: i.values.map(String).join('、') } };
    default:
      return { code: 'field.format', values: { given: writtenValue(input) } };
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns the issues of a failed `safeParse` into diagnostics for one file. `data` is the input that
 * was parsed, used to say what was given. Lines are filled in later by whoever knows the source.
 */
export function fromZodIssues(file: string, issues: readonly ZodIssue[], data: unknown): Diagnostic[] {
  return issues.map((i) => {
    const classified = classify(i, valueAt(data, i.path));
    const { code } = classified;
    const values = { ...classified.values };
    // Award messages name the award; the schema checks one field and cannot see the title. A
    // value checked on its own (a form's field, empty path) has no award to name: 这项荣誉.
    if ((code.startsWith('years.') || code === 'level.unknown') && values.award === undefined && i.path.length > 0) {
      const title = valueAt(data, [...i.path.slice(0, -1), 'title']);
      values.award = typeof title === 'string' && title.trim() ? title.trim() : `#${Number(i.path.at(-2) ?? 0) + 1}`;
    }
    const field = i.path.map(String).join('.');
    const key = i.path.map(String).findLast((k) => !/^\d+$/.test(k)) ?? field;
    return { file, field, code, values: { ...values, field, key }, severity: 'error' as const };
  });
}
