import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/lib/diagnostics/index.ts';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../../content/README.md'), 'utf8');

describe('the editor guide\'s list of messages', () => {
  it('explains every message an editor can meet, by its code', () => {
    const missing = Object.keys(MESSAGES).filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
