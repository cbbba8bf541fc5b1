import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readYamlFields } from './front-matter/index.ts';
import { SiteSettingsSchema, type SiteSettings } from './schemas/site.ts';
import { SITE_SETTINGS_FILE } from './constants.ts';
import { fromZodIssues, formatDiagnostics } from './diagnostics/index.ts';

/** What {@link parseSiteSettings} returns: the settings, or the issues with the input they were found in. */
export type SiteSettingsResult =
  | { success: true; data: SiteSettings }
  | { success: false; issues: z.core.$ZodIssue[]; input: Record<string, unknown> };

/**
 * Validates the fields of `site.yaml` as read. `SITE_URL` and `BASE_PATH` in `env` win over the
 * file, so a deployment can change host or sub-path without editing content; the base path always
 * ends in `/`. The build and the content checker both read their settings through here.
 */
export function parseSiteSettings(raw: Record<string, unknown>, env: Record<string, string | undefined> = process.env): SiteSettingsResult {
  const input = {
    ...raw,
    ...(env.SITE_URL ? { url: env.SITE_URL } : {}),
    ...(env.BASE_PATH ? { base: env.BASE_PATH } : {}),
  };
  const result = SiteSettingsSchema.safeParse(input);
  if (!result.success) return { success: false, issues: result.error.issues, input };
  const base = result.data.base.endsWith('/') ? result.data.base : `${result.data.base}/`;
  return { success: true, data: { ...result.data, base } };
}

/**
 * Reads and validates `site.yaml` from a content folder, with the environment's overrides (see
 * {@link parseSiteSettings}).
 *
 * @throws DiagnosticError when the file is not YAML fields; Error whose message is the formatted
 *   diagnostics when the settings are invalid.
 */
export function loadSiteSettings(contentDir: string, env: Record<string, string | undefined> = process.env): SiteSettings {
  const file = join(contentDir, SITE_SETTINGS_FILE);
  const result = parseSiteSettings(readYamlFields(readFileSync(file, 'utf8'), file), env);
  if (!result.success) throw new Error(formatDiagnostics(fromZodIssues(file, result.issues, result.input)));
  return result.data;
}

/** The content folder a build reads: `HUAZHANG_CONTENT` (for test sites and benchmarks) or `content`. */
export function contentDirFromEnv(root: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.HUAZHANG_CONTENT ?? 'content';
  return dir.startsWith('/') ? dir : join(root, dir);
}
