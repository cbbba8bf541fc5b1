import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/lib/diagnostics/index.ts';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the README\'s guide to messages', () => {
  it('explains every message an editor can meet, by its code', () => {
    const missing = Object.keys(MESSAGES).filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
