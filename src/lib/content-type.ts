import { Mime } from 'mime';
import otherTypes from 'mime/types/other.js';
import standardTypes from 'mime/types/standard.js';

// Pagefind's index, fragments, filters and metadata are gzip streams its script unpacks itself,
// and its wasm (`wasm.<lang>.pagefind`) too: served as bytes, as a static host would.
const PAGEFIND_TYPES = { 'application/octet-stream': ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind'] };

const types = new Mime(standardTypes, otherTypes, PAGEFIND_TYPES);

// Text a browser must decode: sent with the charset every file of the site is written in.
const TEXT = /^text\/|^application\/(?:javascript|json|xml|rss\+xml)$|^image\/svg\+xml$/;

/**
 * The `Content-Type` to serve a file of the built site (or of the content folder) with, from its
 * name: the types of a maintained table, plus Pagefind's own files; text types carry
 * `charset=utf-8`. Unknown names get `application/octet-stream`.
 *
 * @example contentTypeOf('awards/index.html') // 'text/html; charset=utf-8'
 */
export function contentTypeOf(path: string): string {
  const type = types.getType(path) ?? 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * The usual file extension for a content type, without the dot (`image/jpeg` → `jpeg`), from the
 * same table; `bin` when the type is unknown.
 */
export function extensionOf(contentType: string): string {
  return types.getExtension(contentType.split(';')[0]!.trim()) ?? 'bin';
}
