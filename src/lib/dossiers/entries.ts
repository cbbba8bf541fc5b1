import type { Achievements, Dossier } from '../schemas/index.ts';

/**
 * The plain shapes the dossier builders take: what Astro's collections hold, minus Astro. Tests
 * and scripts build them from literals or from files read with the front matter reader.
 */
export interface DossierEntry {
  /** The dossier's slug: the overview's file name without `.md`. */
  id: string;
  data: Dossier;
  /** The file, relative to the project root, for naming it in errors; tests may leave it out. */
  filePath?: string | undefined;
}

/** A file of a section folder: `<dossier>/index` (the introduction) or `<dossier>/NN-<name>`. */
export interface SectionFileEntry {
  id: string;
  data: { title?: string | undefined; order?: number | undefined; summary?: string | undefined };
  /** The file, relative to the project root, for naming it in errors; tests may leave it out. */
  filePath?: string | undefined;
}

/** An achievements file; `id` is the dossier slug. */
export interface AchievementsEntry {
  id: string;
  data: Achievements;
  /** The file, relative to the project root, for naming it in errors; tests may leave it out. */
  filePath?: string | undefined;
}
