// The digest Astro's content loader makes of a content file (content-digest.ts), as the check
// knows it: the check keys the fields it hands the loader (hand-fields.ts) and the bodies it
// renders into the body store (checked-bodies.ts) by it, and hashes each text once for both.
import { readFileSync } from 'node:fs';
import type { ContentDigest } from '../content-digest.ts';
import type { ContentFile } from './types.ts';

const digests = new WeakMap<ContentFile, string | undefined>();

/**
 * The digest of `file`'s text as the loader reads it: the check's own text when it is the file's
 * bytes as written, read again when decoding took out a BOM or carriage returns; undefined for a
 * file without text or one that can no longer be read.
 */
export function loaderDigest(file: ContentFile, digest: ContentDigest): string | undefined {
  if (digests.has(file)) return digests.get(file);
  let text = file.text;
  if (text !== undefined && !file.textAsWritten) {
    try {
      text = readFileSync(file.absolutePath, 'utf8');
    } catch {
      text = undefined;
    }
  }
  const found = text === undefined ? undefined : digest(text);
  digests.set(file, found);
  return found;
}
