import { z } from 'astro/zod';
import { issue } from '../diagnostics/zod-issue.ts';
import { FooterSchema, type FooterRecords } from './footer.ts';

/**
 * The git hosts the content editor at `/admin/` can save to. GitLab, Gitea and Forgejo let editors
 * log in from the browser alone; GitHub needs a login service that keeps the OAuth app's secret.
 */
export const EDITING_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

/**
 * Where the content editor at `/admin/` saves: the repository holding `content/`, and how editors
 * log in to its host. Without it the published `/admin/` page only explains how to set it up;
 * `npm run edit` works either way, on the editor's own copy.
 *
 * @example
 * ```yaml
 * editing:
 *   backend: gitlab
 *   repo: bangongshi/huazhang
 *   server: https://git.example.gov.cn
 *   appId: 5f1c…
 * ```
 */
export const EditingSchema = z
  .object({
    /** The host: github, gitlab, gitea or forgejo. */
    backend: z.enum(EDITING_BACKENDS),
    /** The repository, `owner/name` (GitLab groups may nest: `group/subgroup/name`). @example bangongshi/huazhang */
    repo: z.string().trim().regex(/^[\w.-]+(?:\/[\w.-]+)+$/),
    /** The branch the site is built from; the editor saves to it. @default "main" */
    branch: z.string().trim().min(1).default('main'),
    /**
     * The host's own address, for a self-hosted GitLab, Gitea or Forgejo or for GitHub Enterprise;
     * required for Gitea and Forgejo. @default the public GitHub or GitLab @example https://git.example.gov.cn
     */
    server: z.url().optional(),
    /** The client ID of the OAuth application registered on the host (GitLab, Gitea, Forgejo). */
    appId: z.string().trim().min(1).optional(),
    /** GitHub only: the address of the login service that holds the OAuth app's secret. @example https://auth.example.gov.cn */
    authServer: z.url().optional(),
  })
  .superRefine((editing, ctx) => {
    if (editing.backend !== 'github' && !editing.appId) ctx.addIssue(issue(['appId'], 'editing.app-id', { backend: editing.backend }));
    if ((editing.backend === 'gitea' || editing.backend === 'forgejo') && !editing.server) {
      ctx.addIssue(issue(['server'], 'editing.server', { backend: editing.backend }));
    }
  });

/** The editing settings after validation. */
export type EditingSettings = z.output<typeof EditingSchema>;

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
  /** Where the content editor at `/admin/` saves; see {@link EditingSchema}. @default undefined (not set up) */
  editing: EditingSchema.optional(),
  /** The records at the foot of every page: sponsor, contact, filing numbers. All optional. */
  footer: FooterSchema.nullish().transform((value): FooterRecords => value ?? FooterSchema.parse({})),
});

/** The site settings after validation. */
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
