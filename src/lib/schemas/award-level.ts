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
  部级: '国家级',
  省部级: '省级',
  省: '省级',
  地市级: '市级',
  地级: '市级',
  市: '市级',
  州级: '市级',
  县级: '区县级',
  区级: '区县级',
  县区级: '区县级',
  县市区级: '区县级',
  区: '区县级',
  县: '区县级',
  镇级: '乡镇级',
  乡级: '乡镇级',
  街道级: '乡镇级',
  内部: '单位内部',
  系统内: '单位内部',
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

/** Maps a written level (canonical or alias) to the canonical level, or `undefined` if unknown. */
export function normaliseLevel(written: string): AwardLevel | undefined {
  const key = written.trim();
  if ((AWARD_LEVELS as readonly string[]).includes(key)) return key as AwardLevel;
  return AWARD_LEVEL_ALIASES[key];
}

/** The canonical level closest in spelling to an unknown one, for "did you mean" hints. */
export function nearestLevel(written: string): AwardLevel {
  const key = written.trim();
  let best: AwardLevel = AWARD_LEVELS[0];
  let bestScore = -1;
  for (const [alias, level] of [...AWARD_LEVELS.map((l) => [l, l] as const), ...Object.entries(AWARD_LEVEL_ALIASES)]) {
    const shared = [...new Set(alias)].filter((ch) => key.includes(ch)).length;
    if (shared > bestScore) {
      best = level;
      bestScore = shared;
    }
  }
  return best;
}
