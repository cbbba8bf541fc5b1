// The digest of a content file's text, by which Astro's data store entry and the rendered bodies of
// a file are kept. The content loader sets it on each entry, and the content check, which renders
// bodies from the trees it has parsed, keys them by it too: both must hash alike, so both ask here.
import xxhash from 'xxhash-wasm';

/** Hashes a file's text, read as UTF-8 and not normalised. */
export type ContentDigest = (text: string) => string;

let digester: Promise<ContentDigest> | undefined;

/** The one {@link ContentDigest}: 64-bit xxHash, as Astro's own loaders use, ready once its WebAssembly is. */
export function contentDigest(): Promise<ContentDigest> {
  return (digester ??= xxhash().then(({ h64ToString }) => (text: string) => h64ToString(text)));
}
