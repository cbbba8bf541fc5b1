// Site settings and base-aware links for pages. Astro-side only: it reads import.meta.env.
import type { SiteSettings } from './lib/schemas/index.ts';
import { withBase } from './lib/urls.ts';

declare const __SITE_SETTINGS__: SiteSettings;

/** The validated `site.yaml` of the content being built, as astro.config.mjs loaded it. */
export const settings: SiteSettings = __SITE_SETTINGS__;

/** A site path with the base path in front, for `href` and `src`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
