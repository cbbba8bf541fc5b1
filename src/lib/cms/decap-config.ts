/**
 * The parts of Decap CMS's configuration the generator writes. Decap validates the whole object
 * against its own schema when it starts, with every widget registered; the browser tests open the
 * editor with each kind of backend, so a config Decap refuses fails them.
 *
 * @see https://decapcms.org/docs/configuration-options/
 */

/** One field of a form. Widget-specific options (`options`, `fields`, `value_type` …) ride along. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** A folder collection (files of one kind in a folder) or a files collection (named files). */
export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; fields: DecapField[] }>;
  path?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  filter?: { field: string; value: string };
  format: string;
  extension?: string;
  create?: boolean;
  delete?: boolean;
  media_folder?: string;
  public_folder?: string;
  editor?: { preview: boolean };
  fields?: DecapField[];
}

/** Where entries are saved and how editors log in. @see https://decapcms.org/docs/backends-overview/ */
export interface DecapBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo' | 'proxy';
  repo?: string;
  branch?: string;
  api_root?: string;
  base_url?: string;
  auth_type?: 'pkce';
  app_id?: string;
  proxy_url?: string;
}

/** The whole configuration, passed to `CMS.init({ config })`. */
export interface DecapConfig {
  load_config_file: false;
  backend: DecapBackend;
  locale: string;
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  publish_mode: 'simple';
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: DecapCollection[];
}
