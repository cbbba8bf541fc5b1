import { z } from 'astro/zod';
import { issue } from '../diagnostics/zod-issue.ts';
import { FooterSchema, type FooterRecords } from './footer.ts';

/**
 * A sub-path a site can be served under: `/`, or `/` and segments of letters, digits, `-`, `_` and
 * `.` joined by `/`, with or without the closing `/`. Each segment is matched once (a segment
 * followed by `/`, then at most one last segment), so a long wrong value fails at once instead of
 * backtracking through every way of splitting it.
 */
const BASE_PATH = /^\/(?:[\w.-]+\/)*[\w.-]*$/;

/** Whether `value` is a base path the build can serve the site under (see {@link BASE_PATH}). */
function isBasePath(value: string): boolean {
  return BASE_PATH.test(value) && !value.split('/').some((segment) => segment === '.' || segment === '..');
}

/**
 * The site settings in `content/site.yaml`. `SITE_URL` and `BASE_PATH` in the environment override
 * `url` and `base`, so one checkout can publish to several hosts.
 */
export const SiteSettingsSchema = z.object({
  /** The site's name, in the header, the tab title and the feed. @example 文明单位创建纪实 */
  title: z.string().trim().min(1),
  /** One sentence for search engines and the feed. */
  description: z.string().trim().min(1),
  /**
   * Where the site is published, scheme and host (and no path). Used for the sitemap, the feed and
   * canonical links.
   * @example https://example.gov.cn
   */
  url: z.url(),
  /**
   * The sub-path the site lives under, for hosts such as GitHub Pages that serve a project at
   * `/<repository>/`. Starts with `/`.
   * @default "/"
   * @example /huazhang/
   */
  base: z
    .string()
    .trim()
    .default('/')
    .superRefine((value, ctx) => {
      if (!isBasePath(value)) ctx.addIssue(issue([], 'site.base', { given: value }));
    }),
  /** How many awards the home page shows under "latest awards". @default 8 */
  latestAwards: z.number().int().min(0).max(50).default(8),
  /** The records at the foot of every page: sponsor, contact, filing numbers. All optional. */
  footer: FooterSchema.nullish().transform((value): FooterRecords => value ?? FooterSchema.parse({})),
});

/** The site settings after validation. */
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
