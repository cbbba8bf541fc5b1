import { describe, expect, it } from 'vitest';
import { STRINGS, t, type StringKey } from '../../src/lib/i18n.ts';

describe('t', () => {
  it('fills each placeholder with its value, and gives a string without any as it is', () => {
    expect(t('awards.yearTitle', { year: 2010 })).toBe('2010 年度荣誉');
    expect(t('awards.heading')).toBe(STRINGS['awards.heading']);
  });

  it('leaves a placeholder without a value empty, whichever string asks', () => {
    for (const key of Object.keys(STRINGS) as StringKey[]) {
      const names = [...STRINGS[key].matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!);
      const values = Object.fromEntries(names.map((name, i) => [name, `〔${name}${i}〕`]));
      // Every placeholder replaced by its value, every other character kept, asked twice.
      const filled = STRINGS[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
      expect(t(key, values)).toBe(filled);
      expect(t(key, values)).toBe(filled);
      expect(t(key)).toBe(STRINGS[key].replace(/\{\{(\w+)\}\}/g, ''));
    }
  });
});
