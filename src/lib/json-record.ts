// Records a build keeps as JSON between runs (files read, a spare site's page and index records).
// A record that is missing, cut short by a stopped build or of another shape is no record: the
// build then does the work the record would have spared it, never trusts half of one.
import { readFileSync } from 'node:fs';

/** Whether a value read from JSON is an object, not null, a list or a plain value. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record kept as JSON in `file`; undefined when it is missing, cut short or not of the shape `valid` requires (an object by default). */
export function readJsonRecord<T>(file: string, valid: (value: unknown) => boolean = isJsonObject): T | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return valid(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}
