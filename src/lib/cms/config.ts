// The content editor's configuration as a whole: which backend it saves to, and the collections
// generated from the content layout and schemas.
import { CONTENT_DIR } from '../constants.ts';
import type { SiteSettings } from '../schemas/index.ts';
import { withBase } from '../urls.ts';
import { decapBackend } from './decap-backend.ts';
import { decapCollections } from './decap-collections.ts';
import type { DecapBackend, DecapConfig } from './decap-config.ts';

/** What to generate the configuration for. */
export interface CmsConfigOptions {
  /** The validated site settings: the site's address and, for the published editor, `editing`. */
  settings: SiteSettings;
  /** The content folder's path inside the repository (or the local proxy's folder). @default 'content' */
  contentFolder?: string;
  /** The local proxy's API address when editors work on their own copy (`npm run edit`). */
  proxyUrl?: string;
}

/** True when the editor has somewhere to save: the local proxy, or `editing` in `site.yaml`. */
export function hasEditor(settings: SiteSettings, setup: { proxyUrl?: string | undefined }): boolean {
  return Boolean(setup.proxyUrl || settings.editing);
}

/**
 * The configuration of the content editor at `/admin/`, generated from the content schemas, the
 * content folder's layout, the field labels beside the checker's messages and `site.yaml`. One
 * collection per kind of file: the dossiers' overviews, each section's articles and
 * introductions, the achievements, and the site settings. `undefined` when there is nowhere to
 * save: no proxy and no `editing` settings.
 */
export function cmsConfig(options: CmsConfigOptions): DecapConfig | undefined {
  const { settings } = options;
  if (!hasEditor(settings, options)) return undefined;
  const backend: DecapBackend = options.proxyUrl
    ? { name: 'proxy', proxy_url: options.proxyUrl, branch: settings.editing?.branch ?? 'main' }
    : decapBackend(settings.editing!);
  const contentFolder = options.contentFolder ?? CONTENT_DIR;
  const site = new URL(withBase(settings.base, '/'), settings.url).href;
  return {
    load_config_file: false,
    backend,
    locale: 'zh_Hans',
    site_url: site,
    display_url: site,
    // The site-wide media library; images inserted in a form go next to the file instead.
    media_folder: 'public/uploads',
    public_folder: withBase(settings.base, '/uploads'),
    publish_mode: 'simple',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: decapCollections(contentFolder),
  };
}
