import { describe, expect, it } from 'vitest';
import { AWARD_LEVEL_ALIASES, AWARD_LEVELS, nearestLevel, normaliseLevel } from '../../../src/lib/schemas/award-level.ts';

describe('normaliseLevel', () => {
  it('keeps canonical levels', () => {
    for (const level of AWARD_LEVELS) expect(normaliseLevel(level)).toBe(level);
  });
  it('maps the documented aliases', () => {
    expect(normaliseLevel('县级')).toBe('区县级');
    expect(normaliseLevel('区级')).toBe('区县级');
    expect(normaliseLevel(' 全国 ')).toBe('国家级');
    expect(normaliseLevel('地市级')).toBe('市级');
    expect(normaliseLevel('街道级')).toBe('乡镇级');
  });
  it('returns undefined for anything else', () => {
    expect(normaliseLevel('世界级')).toBeUndefined();
  });
  it('maps every alias to a canonical level', () => {
    for (const level of Object.values(AWARD_LEVEL_ALIASES)) expect(AWARD_LEVELS).toContain(level);
  });
});

describe('nearestLevel', () => {
  it('finds the level that shares the most characters', () => {
    expect(nearestLevel('省部')).toBe('省级');
    expect(nearestLevel('市局级')).toBe('市级');
  });
});
