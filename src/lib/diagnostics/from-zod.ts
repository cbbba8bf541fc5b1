import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostic.ts';
import { TYPE_NAMES } from './messages/content.ts';
import type { MessageCode } from './messages/index.ts';
import type { IssueValues } from './values.ts';

type ZodIssue = z.core.$ZodIssue;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'string' : 'date';
  return typeof value;
}

function typeValues(expected: string, input: unknown): IssueValues {
  const received = describeType(input);
  return {
    expected: TYPE_NAMES[expected]?.zh ?? expected,
    expectedEn: TYPE_NAMES[expected]?.en ?? expected,
    received: TYPE_NAMES[received]?.zh ?? received,
    receivedEn: TYPE_NAMES[received]?.en ?? received,
  };
}

/** Maps one zod issue to a message code and values, collapsing union noise into one type error. */
function classify(i: ZodIssue, input: unknown): { code: MessageCode; values: IssueValues } {
  switch (i.code) {
    case 'custom': {
      const own = (i.params as { huazhang?: { code: MessageCode; values: IssueValues } } | undefined)?.huazhang;
      if (own) return own;
      return { code: 'field.format', values: { given: String(input ?? '') } };
    }
    case 'invalid_type':
      if (input === undefined) return { code: 'field.required', values: {} };
      // `title:` with nothing after the colon parses as null: the editor left it empty.
      if (input === null) return { code: 'field.empty', values: {} };
      return { code: 'field.type', values: typeValues(i.expected, input) };
    case 'invalid_union':
      return { code: 'field.type', values: typeValues('string', input) };
    case 'too_small':
      if (i.origin === 'string') return { code: input === undefined ? 'field.required' : 'field.empty', values: {} };
      return { code: 'field.too-small', values: { minimum: Number(i.minimum) } };
    case 'too_big':
      return { code: 'field.too-big', values: { maximum: Number(i.maximum) } };
    case 'invalid_format':
      return { code: 'field.format', values: { given: String(input ?? '') } };
    case 'invalid_value':
      return { code: 'field.choice', values: { given: String(input ?? ''), options: i.values.map(String).join('、') } };
    default:
      return { code: 'field.format', values: { given: String(input ?? '') } };
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
