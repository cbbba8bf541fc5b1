import { describe, expect, it } from 'vitest';
import { hashKey } from '../../../src/lib/search/format.ts';

describe('hashKey', () => {
  it('is stable, so the browser finds the bucket the builder wrote', () => {
    expect(hashKey('文明')).toBe(hashKey('文明'));
    expect(hashKey('文明')).not.toBe(hashKey('明文'));
    expect(hashKey('')).toBe(0x811c9dc5);
  });
});
