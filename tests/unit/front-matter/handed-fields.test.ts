import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { forgetHandedFields, handedFieldsFile, handedFieldsFolder, takeHandedFields, writeHandedFields } from '../../../src/lib/front-matter/handed-fields.ts';

const work = await mkdtemp(join(tmpdir(), 'huazhang-handed-fields-'));
afterAll(() => rm(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('fields handed from the content check to the content loader', () => {
  it('are named by the build and kept in one folder of its cache', () => {
    expect(handedFieldsFile('/cache', 42)).toBe(join(handedFieldsFolder('/cache'), '42.v8'));
    expect(handedFieldsFile('/cache')).toBe(handedFieldsFile('/cache', process.pid));
  });

  it('give each digest its fields once, with every value as YAML gave it', () => {
    const file = join(work, 'exact', 'fields.v8');
    const fields = { title: '课后服务', order: -0, ratio: Number.NaN, cap: Number.POSITIVE_INFINITY, date: '2012-01-10', tags: ['甲', { 乙: null }], on: true };
    writeHandedFields(file, new Map([['d1', fields]]));
    const take = takeHandedFields(file, 0);
    const taken = take('d1');
    expect(taken).toEqual(fields);
    expect(Object.is(taken!.order, -0)).toBe(true);
    // A second file of the same text is read by the loader itself, never given the same object.
    expect(take('d1')).toBeUndefined();
    expect(take('unknown')).toBeUndefined();
  });

  it('are looked for again only after a pause until they arrive, and then read once', async () => {
    const file = join(work, 'late', 'fields.v8');
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const take = takeHandedFields(file, 10);
    expect(take('d1')).toBeUndefined();
    writeHandedFields(file, new Map([['d1', { title: '甲' }], ['d2', { title: '乙' }]]));
    // Within the pause the file is not looked for, so the loader reads the text itself.
    now += 5;
    expect(take('d1')).toBeUndefined();
    now += 10;
    expect(take('d1')).toEqual({ title: '甲' });
    // Once read, the file is not needed again.
    await rm(file);
    expect(take('d2')).toEqual({ title: '乙' });
  });

  it('are none when no file is named, or when the file holds something else', async () => {
    expect(takeHandedFields(undefined)('d1')).toBeUndefined();
    const file = join(work, 'other', 'fields.v8');
    await mkdir(join(work, 'other'));
    await writeFile(file, 'not serialised fields');
    const take = takeHandedFields(file, 0);
    expect(take('d1')).toBeUndefined();
    expect(take('d1')).toBeUndefined();
  });

  it('are removed without a word, whether or not they are there', async () => {
    const folder = handedFieldsFolder(join(work, 'cache'));
    writeHandedFields(join(folder, '1.v8'), new Map());
    forgetHandedFields(join(folder, '1.v8'));
    expect(existsSync(join(folder, '1.v8'))).toBe(false);
    forgetHandedFields(join(folder, '1.v8'));
    writeHandedFields(join(folder, '2.v8'), new Map());
    forgetHandedFields(folder);
    expect(existsSync(folder)).toBe(false);
  });
});
