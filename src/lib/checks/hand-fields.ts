// The check's side of handing front matter fields to Astro's content loader (handed-fields.ts).
import { contentDigest } from '../content-digest.ts';
import { collectionEntryOf } from '../content-paths.ts';
import { writeHandedFields, type HandedFields } from '../front-matter/handed-fields.ts';
import { loaderDigest } from './loader-digest.ts';
import type { ContentFile } from './types.ts';

/**
 * Writes to `to` the fields of those of `files` that the loader would read exactly as the check
 * did: a collection's Markdown files whose front matter is closed, parsed without errors and
 * needed no correction of slips (the check's corrected fields are not the page's). Files whose
 * text the check read otherwise than the loader (a BOM or carriage returns taken out) are left out
 * too: the check's fields are of another text. Keys are {@link loaderDigest}'s, which the body
 * store's keys share. `data` gives a file's fields as
 * `CheckContext.data` does. A file left out is read by the loader itself, which reports what the
 * check reports about it.
 */
export async function handFields(to: string, files: readonly ContentFile[], data: (file: ContentFile) => Record<string, unknown> | undefined): Promise<void> {
  const digest = await contentDigest();
  const fields: HandedFields = new Map();
  for (const file of files) {
    if (file.text === undefined || !file.textAsWritten || file.unclosedFrontMatter || file.closingText || !collectionEntryOf(file.contentPath)) continue;
    if (file.yamlSlips?.length) continue;
    const read = data(file);
    if (!read) continue;
    // The check's text is the loader's here, so the key needs no second reading of the file.
    const key = loaderDigest(file, digest);
    if (key !== undefined) fields.set(key, read);
  }
  writeHandedFields(to, fields);
}
