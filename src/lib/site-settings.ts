import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SiteSettingsSchema, type SiteSettings } from './schemas/site.ts';
import { SITE_SETTINGS_FILE } from './constants.ts';
import { fromZodIssues, formatDiagnostics } from './diagnostics/index.ts';

/**
 * Reads and validates `site.yaml` from a content folder. `SITE_URL` and `BASE_PATH` in `env` win
 * over the file, so a deployment can change host or sub-path without editing content.
 *
 * @throws Error whose message is the formatted diagnostics when the settings are invalid.
 */
export function loadSiteSettings(contentDir: string, env: Record<string, string | undefined> = process.env): SiteSettings {
  const file = join(contentDir, SITE_SETTINGS_FILE);
  const raw = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const merged = {
    ...raw,
    ...(env.SITE_URL ? { url: env.SITE_URL } : {}),
    ...(env.BASE_PATH ? { base: env.BASE_PATH } : {}),
  };
  const result = SiteSettingsSchema.safeParse(merged);
  if (!result.success) throw new Error(formatDiagnostics(fromZodIssues(file, result.error.issues, merged)));
  const base = result.data.base.endsWith('/') ? result.data.base : `${result.data.base}/`;
  return { ...result.data, base };
}

/** The content folder a build reads: `HUAZHANG_CONTENT` (for test sites and benchmarks) or `content`. */
export function contentDirFromEnv(root: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.HUAZHANG_CONTENT ?? 'content';
  return dir.startsWith('/') ? dir : join(root, dir);
}
