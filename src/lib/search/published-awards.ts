import type { AwardRecord } from '../dossiers/index.ts';
import type { PublishedAward } from './award-records.ts';

/** The awards as `awards.json` publishes them, newest first, with only the facts a reader needs. */
export function publishedAwards(awards: readonly AwardRecord[]): { awards: PublishedAward[] } {
  return {
    awards: awards.map(({ title, years, level, issuer, note, unit, dossier, dossierTitle, index }) => ({
      title,
      years,
      ...(level ? { level } : {}),
      ...(issuer ? { issuer } : {}),
      ...(note ? { note } : {}),
      unit,
      dossier,
      dossierTitle,
      index,
    })),
  };
}
