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
  it('reads a 地区, 州 or 盟 as a prefecture, the tier of a city', () => {
    for (const written of ['地区级', '地区', '州级', '市州级', '盟级']) expect(normaliseLevel(written)).toBe('市级');
  });
  it('ignores spaces inside and a 级 the alias leaves out', () => {
    expect(normaliseLevel('市 级')).toBe('市级');
    expect(normaliseLevel('乡镇级')).toBe('乡镇级');
    expect(normaliseLevel('全省级')).toBe('省级');
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
  it('suggests nothing for a word that shares no character with any level but 级', () => {
    expect(nearestLevel('优秀级')).toBeUndefined();
  });
});
