// The front matter fields the content check has read, handed to Astro's content loader in the same
// build. Both read every Markdown file's front matter with the same reader (read.ts); in a build
// from clean, parsing the YAML again was most of the loader's work in Astro's process, which is the
// build's longest path. The check writes the fields once it has read them all, keyed by the digest
// the loader makes of each file's text (content-digest.ts); the loader takes a file's fields from
// there once they have arrived, and reads the file itself otherwise. A field read from the same
// text by the same code in the same build is the field the loader would read, so nothing is
// compared or trusted beyond the digest. Light on purpose: the build script names the file to both.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { replaceFile } from '../replace-file.ts';

/** The environment variable in which the build tells Astro's process where the check hands its fields. */
export const HANDED_FIELDS_ENV = 'HUAZHANG_HANDED_FIELDS';

/** Fields by the digest of the text they were read from. */
export type HandedFields = Map<string, Record<string, unknown>>;

/** The folder, inside a build's content cache, of the files that builds hand over. */
export function handedFieldsFolder(cacheDir: string): string {
  return join(cacheDir, 'handed-fields');
}

/**
 * The file this build's check hands its fields in: named by the build's process, so that two builds
 * of one content folder never read each other's.
 */
export function handedFieldsFile(cacheDir: string, pid = process.pid): string {
  return join(handedFieldsFolder(cacheDir), `${pid}.v8`);
}

/**
 * Removes a build's handed fields, or the whole folder of them (what stopped builds left; a build
 * of the same content running beside this one loses its file too, and its loader then parses every
 * block itself), without a word when it cannot: a file left behind is named for a process that is
 * gone, and read by none.
 */
export function forgetHandedFields(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Left for the next build to try again.
  }
}

/**
 * Writes `fields` to `file` whole, under a temporary name first, so the loader never reads half of
 * them. V8's serialisation keeps every value YAML can give (`.nan`, `.inf`, `-0`) as it was.
 */
export function writeHandedFields(file: string, fields: HandedFields): void {
  replaceFile(file, serialize(fields));
}

/**
 * Milliseconds between looks for the file while it has not arrived: the loader asks for one file's
 * fields after another, and a failed look is one system call.
 */
const LOOK_EVERY_MS = 10;

/**
 * The loader's side: a function that gives the fields handed for a text's digest, each once (two
 * files of the same text get their own copies: the second is read by the loader), or `undefined`
 * when none were handed for it or none have arrived yet. Without a file named, none ever arrive.
 */
export function takeHandedFields(file: string | undefined, lookEveryMs = LOOK_EVERY_MS): (digest: string) => Record<string, unknown> | undefined {
  if (!file) return () => undefined;
  let fields: HandedFields | undefined;
  let nextLook = 0;
  return (digest) => {
    if (!fields) {
      const now = performance.now();
      if (now < nextLook) return undefined;
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        nextLook = now + lookEveryMs;
        return undefined;
      }
      fields = readHanded(bytes);
    }
    const found = fields.get(digest);
    if (found) fields.delete(digest);
    return found;
  };
}

/** The fields in a handed file; none from bytes that are not such a file, which the loader then reads itself. */
function readHanded(bytes: Buffer): HandedFields {
  try {
    const value: unknown = deserialize(bytes);
    return value instanceof Map ? (value as HandedFields) : new Map();
  } catch {
    return new Map();
  }
}
