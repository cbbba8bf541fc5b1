import { contentTypeOf as servedTypeOf } from '../content-type.ts';

/** The content type of a picture from its file name: `照片.JPG` → `image/jpeg`. */
export function contentTypeOf(fileName: string): string {
  return servedTypeOf(fileName.toLowerCase()).split(';')[0]!;
}

// What every browser can show in an <img>; Word's EMF/WMF drawings and TIFF scans are not.
const WEB_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'image/avif']);

/** Whether browsers show pictures of this type. */
export function isWebImage(contentType: string): boolean {
  return WEB_TYPES.has(contentType.toLowerCase());
}
