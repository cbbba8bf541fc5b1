// A record kept between builds is trusted whole or not at all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonRecord } from '../../src/lib/json-record.ts';
import { testFolder } from '../support/test-folder.ts';

const kept = (text: string) => {
  const file = join(testFolder('json-record-'), 'record.json');
  writeFileSync(file, text);
  return file;
};

describe('readJsonRecord', () => {
  it('gives back an object as it was kept', () => {
    expect(readJsonRecord(kept('{"a.md":{"size":3}}'))).toEqual({ 'a.md': { size: 3 } });
  });

  it('is no record when the file is missing or was cut short', () => {
    expect(readJsonRecord(join(testFolder('json-record-'), 'none.json'))).toBeUndefined();
    expect(readJsonRecord(kept('{"a.md":{"si'))).toBeUndefined();
  });

  it('is no record when the JSON is a list, null or a plain value', () => {
    for (const text of ['[]', 'null', '3', '"record"']) expect(readJsonRecord(kept(text))).toBeUndefined();
  });

  it('asks a record for the shape it is given', () => {
    const file = kept('{"routes":[]}');
    expect(readJsonRecord(file, (value) => Array.isArray((value as { routes?: unknown }).routes))).toEqual({ routes: [] });
    expect(readJsonRecord(file, () => false)).toBeUndefined();
  });
});
