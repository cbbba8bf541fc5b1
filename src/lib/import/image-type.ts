import { lookup, mimes } from 'mrmime';

/** The content type of a picture from its file name: `照片.JPG` → `image/jpeg`. */
export function contentTypeOf(fileName: string): string {
  return lookup(fileName) ?? 'application/octet-stream';
}

// Extensions browsers show as pictures, the common spelling first where a type has several.
const PREFERRED: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/tiff': 'tif' };

/** The file extension for a picture of this content type (`image/jpeg` → `jpg`), or `bin` if unknown. */
export function extensionOf(contentType: string): string {
  const type = contentType.toLowerCase();
  return PREFERRED[type] ?? Object.keys(mimes).find((ext) => mimes[ext] === type) ?? 'bin';
}

// What every browser can show in an <img>; Word's EMF/WMF drawings and TIFF scans are not.
const WEB_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'image/avif']);

/** Whether browsers show pictures of this type. */
export function isWebImage(contentType: string): boolean {
  return WEB_TYPES.has(contentType.toLowerCase());
}
