import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDigest, type ContentDigest } from '../lib/content-digest.ts';
import { fileState, readFilesRead, unchangedSince, type FilesRead } from '../lib/file-state.ts';
import { readMarkdownFields } from '../lib/front-matter/index.ts';
import { HANDED_FIELDS_ENV, takeHandedFields } from '../lib/front-matter/handed-fields.ts';
import { processGlobal } from '../lib/process-global.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import { replaceFile } from '../lib/replace-file.ts';
import { recordSynced } from './synced-entries.ts';

/** Which Markdown files make a collection. */
export interface MarkdownFilesOptions {
  /** The folder, absolute or relative to the project root. */
  base: string;
  /** `flat`: `<base>/<id>.md`; `nested`: `<base>/<folder>/<name>.md`, id `<folder>/<name>`. */
  layout: 'flat' | 'nested';
}

// Files between waits: each is read synchronously, and only a changed file waits, for Astro to
// validate its front matter.
const READ_LIMIT = 32;

/** Files as the loader read them, by their path relative to the project root: each one's state on disk and the digest of its text. */
type ReadFiles = FilesRead<{ digest: string }>;

/** The fields the content check hands this build (handed-fields.ts): one taker for every collection, so the file is read once. */
const handedFields = () => {
  const file = process.env[HANDED_FIELDS_ENV];
  return file ? processGlobal(`handed-fields:${file}`, () => takeHandedFields(file)) : undefined;
};

/**
 * Where a collection's {@link ReadFiles} are kept between builds: beside Astro's data store, not in
 * it, because Astro reads and writes its whole store with every build, and in it the record made
 * the store of 1,000 dossiers two thirds larger. The record names the digest of each text it
 * vouches for, so a record that is not the store's own vouches for no entry.
 */
const readFilesRecord = (context: LoaderContext) => join(fileURLToPath(context.config.cacheDir), 'files-read', `${context.collection}.json`);

/** Keeps what this sync read for the next one; a record that cannot be written makes the next sync read every file. */
function keepReadFiles(context: LoaderContext, read: ReadFiles): void {
  try {
    replaceFile(readFilesRecord(context), JSON.stringify(read));
  } catch {
    // Read again next time.
  }
}

/**
 * A content loader that keeps only each file's validated front matter in Astro's data store. The
 * body is read and rendered when a page shows it (`src/data.ts`), so the store, which Astro
 * serialises whole into the build, does not grow with the text: at 10,000 dossiers rendered HTML
 * in the store no longer fits in one JavaScript string. Ids are paths without `.md`, exactly as
 * written, because dossier slugs and article anchors come from file names.
 */
export function markdownFiles(options: MarkdownFilesOptions): Loader {
  return {
    name: 'huazhang:markdown-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = join(root, relative(root, options.base));
      const idOf = (file: string) => relative(base, file).split(sep).join('/').replace(/\.md$/, '');
      const inCollection = (file: string) => file.endsWith('.md') && !idOf(file).startsWith('..') && idOf(file).split('/').length === (options.layout === 'flat' ? 1 : 2);
      const untouched = new Set(context.store.keys());
      const files = { known: readFilesRead<{ digest: string }>(readFilesRecord(context)) ?? {}, read: {}, digest: await contentDigest(), handed: handedFields() };
      const ids = await mapWithLimit(await markdownFilesIn(base, options.layout), READ_LIMIT, (file) => syncEntry(context, root, file, idOf(file), files));
      for (const id of ids) untouched.delete(id);
      for (const id of untouched) context.store.delete(id);
      keepReadFiles(context, files.read);
      // The build starts rendering bodies from this record once every collection is synced.
      recordSynced(
        context.collection,
        ids.map((id) => {
          const { data, filePath, digest } = context.store.get(id)!;
          return { collection: context.collection, id, data, filePath, digest };
        }),
      );

      // In dev, follow edits so pages show the new front matter (bodies are read fresh anyway).
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(base);
      // An edited file is read whatever its record; what is read here is kept for no later sync.
      const update = (file: string) => {
        if (inCollection(file)) void contentDigest().then((digest) => syncEntry(context, root, file, idOf(file), { known: {}, read: {}, digest })).catch((error: unknown) => context.logger.error(String(error)));
      };
      watcher.on('add', update);
      watcher.on('change', update);
      watcher.on('unlink', (file) => {
        if (inCollection(file)) context.store.delete(idOf(file));
      });
    },
  };
}

async function markdownFilesIn(base: string, layout: MarkdownFilesOptions['layout']): Promise<string[]> {
  const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
  if (layout === 'flat') return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(base, e.name));
  const folders = entries.filter((e) => e.isDirectory()).map((e) => join(base, e.name));
  const nested = await mapWithLimit(folders, READ_LIMIT, async (folder) =>
    (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(folder, e.name)),
  );
  return nested.flat();
}

/**
 * Reads one file into the store unless it is unchanged since the last build; returns its id.
 * `files.known` are the files as the last sync read them: a file still as it was then, whose
 * entry holds the text read then, is not read again (at 1,000 dossiers, reading the 14,000 files
 * once the file system had let them out of its cache took over half a second of a rebuild).
 * `files.read` collects what this sync found; `files.handed` gives the fields the content check
 * read from a text, when it has handed them over.
 */
async function syncEntry(
  context: LoaderContext,
  root: string,
  file: string,
  id: string,
  files: { known: ReadFiles; read: ReadFiles; digest: ContentDigest; handed?: ((digest: string) => Record<string, unknown> | undefined) | undefined },
): Promise<string> {
  const filePath = relative(root, file).split(sep).join('/');
  const existing = context.store.get(id);
  // The file's state before its text: a write after it was taken leaves a state no later sync matches.
  const stats = statSync(file, { bigint: true });
  const was = files.known[filePath];
  if (unchangedSince(was, stats) && existing?.digest === was.digest && existing.filePath === filePath) {
    files.read[filePath] = was;
    return id;
  }
  // Read at once: a promise-based read is four round trips, and for the 14,000 files of 1,000
  // dossiers it cost a rebuild's content load about 1 s more than a synchronous read.
  const text = readFileSync(file, 'utf8');
  const digest = files.digest(text);
  files.read[filePath] = { ...fileState(stats), digest };
  if (existing?.digest === digest && existing.filePath === filePath) return id;
  // Fields the check read from this very text are used as they are; its YAML is parsed otherwise.
  const data = files.handed?.(digest) ?? readMarkdownFields(text, filePath).data;
  context.store.set({ id, data: await context.parseData({ id, data, filePath: file }), filePath, digest });
  return id;
}
