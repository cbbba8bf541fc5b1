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
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCodeEntries } from './compile-cache.ts';

/** The folder of the records, named to the processes that keep one. */
export const READ_AHEAD_ENV = 'HUAZHANG_READ_AHEAD';

/** The project whose modules are recorded: files outside it are neither recorded nor read. */
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

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

/** The files to read ahead for `loaded` modules, in the order they were loaded, as paths relative to the project where they are inside it. */
export function filesToRead(loaded: ReadonlyMap<string, string | null | undefined>, compiledDir: string | undefined): string[] {
  const files = new Set<string>();
  const name = (path: string) => {
    const inside = relative(PROJECT, path);
    return inside.startsWith('..') ? path : inside;
  };
  for (const [url, format] of loaded) {
    if (!url.startsWith('file:')) continue;
    const path = fileURLToPath(url);
    const inside = relative(PROJECT, path).split(sep);
    if (inside[0] === '..' || (inside.length > 1 && !RECORDED_FOLDERS.has(inside[0]!))) continue;
    const manifest = packageManifest(inside);
    if (manifest) files.add(manifest);
    files.add(inside.join('/'));
    if (compiledDir === undefined) continue;
    for (const entry of compiledCodeEntries(url, format)) files.add(name(join(compiledDir, entry)));
  }
  return [...files];
}

/** The `package.json` of the package under `node_modules` that holds the file at `parts` (relative to the project). */
function packageManifest(parts: readonly string[]): string | undefined {
  const last = parts.lastIndexOf('node_modules');
  if (last < 0) return undefined;
  const size = parts[last + 1]?.startsWith('@') ? 2 : 1;
  if (parts.length <= last + size + 1) return undefined;
  return [...parts.slice(0, last + 1 + size), 'package.json'].join('/');
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Starts reading the files that the records in `dir` name (relative to the project, or absolute),
 * and settles once they are read ({@link readFilesAhead}).
 */
export function readAhead(dir: string): Promise<void> {
  let records: string[];
  try {
    records = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  } catch {
    return Promise.resolve();
  }
  const files = new Set<string>();
  for (const record of records) for (const file of readText(join(dir, record))?.split('\n') ?? []) if (file) files.add(file);
  return readFilesAhead([...files], PROJECT);
}

/**
 * Reads `files` (relative to `cwd`, or absolute) with {@link LANES} `cat` processes at once, and
 * settles once they have all ended: the caller need not wait, since a file not reached yet is read
 * by whoever needs it, as it would have been. Files gone since are skipped.
 */
async function readFilesAhead(files: readonly string[], cwd: string): Promise<void> {
  await Promise.all(Array.from({ length: LANES }, (_, lane) => readInTurn(files.filter((_, n) => n % LANES === lane), cwd)));
}

/** Reads `files` with one `cat` after another, each given at most {@link NAMES_PER_CAT_BYTES} of names. */
async function readInTurn(files: readonly string[], cwd: string): Promise<void> {
  for (let start = 0; start < files.length; ) {
    let bytes = 0;
    let end = start;
    while (end < files.length && bytes + Buffer.byteLength(files[end]!) < NAMES_PER_CAT_BYTES) bytes += Buffer.byteLength(files[end++]!) + 1;
    if (end === start) return;
    const cat = spawn('cat', ['--', ...files.slice(start, end)], { cwd, stdio: 'ignore' });
    cat.unref();
    const ended = await new Promise<boolean>((resolve) => {
      cat.once('error', () => resolve(false));
      cat.once('close', () => resolve(true));
    });
    if (!ended) return;
    start = end;
  }
}
