import { z } from 'astro/zod';
import { AwardSchema } from './award.ts';

/**
 * A dossier's 成就篇, `content/achievements/<dossier>.md`: the award list in front matter, the
 * introduction and closing text in the body, separated by a `<!-- awards -->` line where the table
 * goes.
 */
export const AchievementsSchema = z.object({
  /** The awards, in the order the dossier lists them. @default [] */
  awards: z.array(AwardSchema).default([]),
});

/** An achievements file after validation. */
export type Achievements = z.output<typeof AchievementsSchema>;
