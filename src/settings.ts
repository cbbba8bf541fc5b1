// Site settings and base-aware links for pages. Astro-side only: astro.config.mjs defines them.
import type { SiteSettings } from './lib/schemas/index.ts';
import { withBase } from './lib/urls.ts';

declare const __SITE_SETTINGS__: SiteSettings;

/** The validated `site.yaml` of the content being built, as astro.config.mjs loaded it. */
export const settings: SiteSettings = __SITE_SETTINGS__;

/**
 * A site path with the base path in front, for `href` and `src`. The base is the one site.yaml (or
 * `BASE_PATH`) gave astro.config.mjs, never `import.meta.env.BASE_URL`: Astro fills that from a
 * `BASE_URL` environment variable when the building process has one (Vitest sets it), so a page's
 * links could carry another base than the site is published under.
 */
export function href(path: string): string {
  return withBase(settings.base, path);
}
