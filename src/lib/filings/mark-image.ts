const INSIDE = '/inside/';

/**
 * Where the image of the 党政机关网站标识 is kept: a path from `/` is a file under `public/`;
 * anything else is a file in the content folder (`党政机关网站标识.png`, `images/mark.png`), which
 * the build publishes with the other files kept there. `path` is relative to that folder, or
 * `undefined` when it climbs out of it (`../mark.png`), where the build publishes nothing.
 */
export function markImageLocation(image: string): { folder: 'public' | 'content'; path: string | undefined } {
  const folder = image.startsWith('/') ? 'public' : 'content';
  // Resolved as an address, not with node:path: the content editor's form runs this in the browser.
  const resolved = decodeURI(new URL(image.replace(/^\/+/, ''), `http://folder.invalid${INSIDE}`).pathname);
  return { folder, path: resolved.startsWith(INSIDE) ? resolved.slice(INSIDE.length) : undefined };
}

/** True for an image on another site (`https://…`, `//…`, `data:`), which the footer refuses. */
export function isRemoteImage(image: string): boolean {
  return /^[a-z][a-z\d+.-]*:|^\/\//i.test(image);
}
