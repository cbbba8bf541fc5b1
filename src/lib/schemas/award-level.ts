/**
 * The administrative level of the body that gave an award, highest first. The order is the sort
 * order of the 荣誉榜 level pages.
 */
export const AWARD_LEVELS = ['国家级', '省级', '市级', '区县级', '乡镇级', '单位内部'] as const;

/** One of {@link AWARD_LEVELS}. */
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/**
 * Other ways editors write a level, mapped to the canonical one. Keys are compared after trimming.
 */
export const AWARD_LEVEL_ALIASES: Readonly<Record<string, AwardLevel>> = {
  国家: '国家级',
  全国: '国家级',
  全国性: '国家级',
  中央: '国家级',
  中央级: '国家级',
  部级: '国家级',
  部委级: '国家级',
  省部级: '省级',
  省: '省级',
  全省: '省级',
  省直: '省级',
  自治区级: '省级',
  直辖市级: '省级',
  // A 地区, 州 or 盟 is a prefecture: the same tier as a city, not a district.
  地市级: '市级',
  地级: '市级',
  地区级: '市级',
  地区: '市级',
  地州级: '市级',
  市州级: '市级',
  州市级: '市级',
  盟级: '市级',
  市: '市级',
  全市: '市级',
  市直: '市级',
  州级: '市级',
  县级: '区县级',
  区级: '区县级',
  县区级: '区县级',
  区县: '区县级',
  县区: '区县级',
  县市区级: '区县级',
  县市级: '区县级',
  旗级: '区县级',
  区: '区县级',
  县: '区县级',
  全区: '区县级',
  全县: '区县级',
  县直: '区县级',
  乡镇: '乡镇级',
  镇级: '乡镇级',
  乡级: '乡镇级',
  街道级: '乡镇级',
  街道: '乡镇级',
  内部: '单位内部',
  系统内: '单位内部',
  单位: '单位内部',
};

/** URL segment for each level, so level pages have readable ASCII paths. */
export const AWARD_LEVEL_SLUGS: Readonly<Record<AwardLevel, string>> = {
  国家级: 'national',
  省级: 'provincial',
  市级: 'city',
  区县级: 'county',
  乡镇级: 'township',
  单位内部: 'internal',
};

/**
 * Maps a written level (canonical or alias) to the canonical level, or `undefined` if unknown.
 * Spaces and zero-width characters inside are ignored (`市 级`; the checker warns about the
 * latter), and so is a closing 级 the alias lacks (`乡镇级`).
 */
export function normaliseLevel(written: string): AwardLevel | undefined {
  const key = written.replace(/[\s\u3000\u200b-\u200f\u2060\ufeff]+/g, '');
  if ((AWARD_LEVELS as readonly string[]).includes(key)) return key as AwardLevel;
  return AWARD_LEVEL_ALIASES[key] ?? AWARD_LEVEL_ALIASES[key.replace(/级$/, '')];
}

/**
 * The canonical level closest in spelling to an unknown one, for "did you mean" hints: the one
 * sharing most characters with it, 级 aside. `undefined` when it shares none with any level.
 */
export function nearestLevel(written: string): AwardLevel | undefined {
  const key = written.trim();
  let best: AwardLevel | undefined;
  let bestScore = 0;
  for (const [alias, level] of [...AWARD_LEVELS.map((l) => [l, l] as const), ...Object.entries(AWARD_LEVEL_ALIASES)]) {
    const shared = [...new Set(alias)].filter((ch) => ch !== '级' && key.includes(ch)).length;
    if (shared > bestScore) {
      best = level;
      bestScore = shared;
    }
  }
  return best;
}
