// Reading ahead the files a build's processes load. Astro's process and the check's load about
// 3,000 modules between them, and for each Node reads the module's text and then its compiled code
// from the compile cache, one file at a time, as it is imported. Files nobody has read for a while
// are no longer in memory (on some machines after a minute), and each import then waits on the disk.
// So each of those processes notes, as it exits, the files it loaded (record-modules.ts is
// preloaded into it), and the next build reads them all at its start, several at once, while its
// processes start. `cat` does the reading: for a 100-dossier site's 4,300 files it took 0.06 s of
// processor time with the files in memory already, where reading them from Node took twice that.
// Without `cat` (Windows), nothing is read ahead.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getCompileCacheDir, registerHooks } from 'node:module';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapWithLimit } from '../../src/lib/map-with-limit.ts';
import { compiledCodeEntries } from './compile-cache.ts';

/** The folder of the records, named to the processes that keep one. */
export const READ_AHEAD_ENV = 'HUAZHANG_READ_AHEAD';

/** The project whose modules are recorded: files outside it are neither recorded nor read. */
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_URL = new URL('../../', import.meta.url).href;

/** Top-level folders of the project whose modules are recorded; the others hold builds' output, whose bundled pages no later build loads. */
const RECORDED_FOLDERS = new Set(['node_modules', 'src', 'scripts']);

/** `cat` processes reading at once: enough to keep a disk busy, few enough to leave the processor to the build. */
const LANES = 4;

/** Bytes of file names given to one `cat`, well below any system's limit on a command line. */
const NAMES_PER_CAT_BYTES = 64 * 1024;

/** Where the project at `root` keeps the records of files loaded. */
export function readAheadFolder(root: string): string {
  return join(root, 'node_modules', '.cache', 'huazhang', 'read-ahead');
}

/**
 * The environment that makes a child process record the files it loads into `dir`: the recorder is
 * preloaded through `NODE_OPTIONS`, after whatever `base` sets there, and is inherited by the
 * child's own children.
 */
export function recordingEnv(dir: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import=${new URL('./record-modules.ts', import.meta.url).href}`;
  return { [READ_AHEAD_ENV]: dir, NODE_OPTIONS: [base.NODE_OPTIONS, preload].filter(Boolean).join(' ') };
}

/**
 * Notes every module this process loads from here on and, as it exits, writes the files to read
 * ahead into `dir`: each module's text, its package's `package.json` (read to resolve it) and the
 * entry of its compiled code. The record is named by the process's main module and rewritten only
 * when it changed.
 */
export function recordModules(dir: string): void {
  const loaded = new Map<string, string | null | undefined>();
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      loaded.set(url, result.format);
      return result;
    },
  });
  process.once('exit', () => {
    try {
      const lines = filesToRead(loaded, getCompileCacheDir()).join('\n');
      const file = join(dir, `${basename(process.argv[1] ?? 'node')}.txt`);
      if (readText(file) === lines) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, lines);
    } catch {
      // A record not written only means files not read ahead next time.
    }
  });
}

/**
 * The files to read ahead for `loaded` modules, in the order they were loaded, as paths relative
 * to the project where they are inside it. Runs as a process exits, which a build waits for, so it
 * works on the URLs' text rather than parsing each into a path.
 */
export function filesToRead(loaded: ReadonlyMap<string, string | null | undefined>, compiledDir: string | undefined): string[] {
  const files = new Set<string>();
  const compiled = compiledDir === undefined ? undefined : `${relativeToProject(compiledDir)}/`;
  for (const [url, format] of loaded) {
    if (!url.startsWith(PROJECT_URL)) continue;
    // A module loaded under a query string (Astro's config) is still the file without it.
    const inside = decodeURIComponent(url.slice(PROJECT_URL.length).replace(/[?#].*/, ''));
    const top = inside.indexOf('/');
    if (top >= 0 && !RECORDED_FOLDERS.has(inside.slice(0, top))) continue;
    const manifest = packageManifest(inside);
    if (manifest) files.add(manifest);
    files.add(inside);
    if (compiled === undefined) continue;
    for (const entry of compiledCodeEntries(url, format)) files.add(compiled + entry);
  }
  return [...files];
}

/** `path` relative to the project, with `/` between its parts, when it is inside the project; otherwise as it is. */
function relativeToProject(path: string): string {
  const inside = relative(PROJECT, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/');
}

/** The `package.json` of the package under `node_modules` that holds `file` (relative to the project, with `/`). */
function packageManifest(file: string): string | undefined {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0 || (at > 0 && file[at - 1] !== '/')) return undefined;
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  const size = parts[0]!.startsWith('@') ? 2 : 1;
  if (parts.length <= size) return undefined;
  return `${file.slice(0, at)}node_modules/${parts.slice(0, size).join('/')}/package.json`;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Reads the files that the records in `dir` name (relative to the project, or absolute) with `cat`,
 * {@link LANES} processes at once, each given at most {@link NAMES_PER_CAT_BYTES} of names, in the
 * order recorded, and settles once all have ended. The caller need not wait: a file not reached
 * yet is read by whoever needs it, as it would have been. Files gone since are skipped.
 */
export async function readAhead(dir: string): Promise<void> {
  let records: string[];
  try {
    records = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  } catch {
    return;
  }
  const files = new Set<string>();
  for (const record of records) for (const file of readText(join(dir, record))?.split('\n') ?? []) if (file) files.add(file);
  await mapWithLimit(catBatches([...files]), LANES, readWithCat);
}

/** `files` cut into the lists of names given to one `cat` each. */
function catBatches(files: readonly string[]): string[][] {
  const batches: string[][] = [];
  let bytes = Infinity;
  for (const file of files) {
    const size = Buffer.byteLength(file) + 1;
    if (bytes + size > NAMES_PER_CAT_BYTES) {
      batches.push([]);
      bytes = 0;
    }
    batches.at(-1)!.push(file);
    bytes += size;
  }
  return batches;
}

/** Reads `files` with one `cat`, from the project's folder; settles when it ends, or at once where there is no `cat`. */
function readWithCat(files: readonly string[]): Promise<void> {
  const cat = spawn('cat', ['--', ...files], { cwd: PROJECT, stdio: 'ignore' });
  cat.unref();
  return new Promise((resolve) => {
    cat.once('error', () => resolve());
    cat.once('close', () => resolve());
  });
}
