// npm run build: check the content, build the site into a temporary folder, then swap it in.
// A build that fails at any step leaves the previous dist/ exactly as it was.
import { fork } from 'node:child_process';
import { enableCompileCache } from 'node:module';
import { createHash } from 'node:crypto';
import { totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseOptimizingCompiler } from '../src/lib/optimizing-compiler.ts';
import { planCheck, runChecksInProcess, type CheckPlan } from '../src/lib/checks/check-process.ts';
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { IndexWrittenAhead, SearchIndexSummary } from '../src/lib/search/build-index.ts';
import type { IndexRecord } from '../src/lib/search/index-files.ts';
import type { PageDigests } from '../src/lib/search/site-pages.ts';
import type { PublishedAward } from '../src/lib/search/award-records.ts';
import { shardPolicy, type ShardPolicy } from '../src/lib/search/shard-size.ts';
import { INDEX_DIR } from '../src/lib/search/format.ts';
import type { AheadSummary, RenderProgress } from '../src/lib/search/shards-ahead.ts';
import { BODY_CACHE_ENV } from '../src/lib/markdown/body-cache-env.ts';
import { HANDED_FIELDS_ENV, forgetHandedFields, handedFieldsFile, handedFieldsFolder } from '../src/lib/front-matter/handed-fields.ts';
import type { AstroChildMessage, AstroChildOptions, AstroChildReply, AstroParentMessage } from './astro-build-child.ts';
import type { BodyStoreReport } from '../src/lib/markdown/bodies-from-check.ts';
import { discard, emptyTrashLater, stagingFolder, swapIn, trashFolder } from './build/old-sites.ts';
import { HeldOutput } from './build/held-output.ts';
import { astroPageRecord } from './build/astro-page-record.ts';
import { publishKeepingSpare, startFromPublished, sweepSpare, takeSpare } from './build/spare-site.ts';
import { compileCacheFolder, pruneCompileCache } from './build/compile-cache.ts';
import { readAhead, readAheadFolder, recordingEnv } from './build/read-ahead.ts';

/** Where and what to build. */
export interface BuildOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** The content folder; default `content` under the root. */
  contentDir?: string;
  /** The static files served at the site root; default `public` under the root. */
  publicDir?: string;
  /** Where the finished site goes; default `dist` under the root. */
  outDir?: string;
  /** Environment overrides for this build, such as `SITE_URL`, `BASE_PATH` or `HUAZHANG_SEARCH_SHARD_SIZE`. */
  env?: Record<string, string>;
  /** Astro's log level; the test suite keeps builds quiet. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Render pages only once the check has passed instead of alongside it; by default only an archive too large for both at once ({@link checksFirst}). */
  checkFirst?: boolean;
  /**
   * Index shards of the search index while Astro renders, as each one's dossiers are rendered
   * (src/lib/search/shards-ahead.ts); by default unless the check comes first ({@link checksFirst}).
   */
  indexWhileRendering?: boolean;
}

/**
 * How a build went. `phases` are wall-clock milliseconds, for the log and the benchmark: Astro's
 * start-up, content loading and page rendering, then the search index, one after the other; the
 * check runs alongside them, so it is part of the total, not added to it (alongside start-up and
 * content loading, before rendering, when `checkedFirst`). A phase never reached is 0.
 */
export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the checker could not run, or Astro or the search index failed. */
  failure?: string;
  phases: { check: number; setup: number; content: number; render: number; index: number; total: number };
  /** True when pages were rendered only after the check instead of beside it ({@link checksFirst}). */
  checkedFirst: boolean;
  /** What went into the search index, once it is built. */
  index?: SearchIndexSummary;
  /** The rendered bodies Astro's process found stored, and those the content check left to render (`BodyStoreReport`). */
  bodies?: BodyStoreReport;
  /**
   * What was indexed while Astro rendered, when it was (`indexWhileRendering`): the dossiers Astro
   * reported rendered, the shards indexed then that the index used (counted among its reused ones),
   * and whether the whole index written then was kept.
   */
  indexedAhead?: { dossiersRendered: number; shards: number; index: boolean };
}

interface Verdict {
  diagnostics: Diagnostic[];
  /** Set when the checker itself could not run (an unreadable folder, too many open files). */
  failure?: string;
  milliseconds: number;
}

/**
 * Megabytes of Markdown and YAML up to which the check runs beside Astro's page rendering. The
 * memory of both grows with the text: at 10,000 dossiers (458 MB) the check held
 * 1.3–1.7 GB while Astro's process held 2.3–3.4 GB rendering, and side by side they took the build
 * to 4.3–4.65 GB. For a larger archive Astro only loads the content while the check runs, and
 * renders after it has passed, which also spares rendering one the check rejects; a smaller one
 * gains more from the two cores than it risks in memory.
 */
const CHECK_BESIDE_ASTRO_MB = 256;

/** Whether the check must be done before Astro renders pages, so that the two never hold their most memory at once. */
export function checksFirst(plan: CheckPlan): boolean {
  return plan.textBytes > CHECK_BESIDE_ASTRO_MB * 2 ** 20;
}

const rejects = (verdict: Verdict) => verdict.failure !== undefined || verdict.diagnostics.some((d) => d.severity === 'error');

/**
 * Builds a site. The content check and Astro's build run side by side, each in a process of its
 * own; Astro loads the content and renders the pages into a staging folder meanwhile (renders them
 * only after the check, for an archive too large for both at once: {@link checksFirst}), and is
 * stopped, its output unseen, once the check has failed. The search index is built from the
 * staging folder after Astro's process has exited, whether or not the check is done, and the site
 * is swapped in only when all three succeed. Never throws for content or build problems: they come
 * back in the result, and the check's findings win over Astro's error about the same content.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const outDir = resolve(root, options.outDir ?? 'dist');
  // Compiling Astro, Vite and the checker's modules took about a second of a small site's build;
  // Node keeps the compiled code for the next build, used while each file's text is unchanged.
  // `npm run build` has it on from its start (scripts/build/compile-cache-on.mjs); other callers
  // get it here, and their children through the environment.
  const compileCache = compileCacheFolder(root, process.env);
  enableCompileCache(compileCache.dir);
  // What Astro's and the check's processes load is recorded for the next build to read ahead (read-ahead.ts).
  const readAheadDir = readAheadFolder(root);
  const given = { ...process.env, ...options.env };
  const recording = recordingEnv(readAheadDir, given);
  const env: NodeJS.ProcessEnv = { ...given, ...recording, HUAZHANG_CONTENT: contentDir, NODE_COMPILE_CACHE: compileCache.dir };
  let shards: ShardPolicy | undefined;
  try {
    shards = shardPolicy(env.HUAZHANG_SEARCH_SHARD_SIZE);
  } catch (error) {
    // A bad setting is refused before any work starts.
    const none = { check: 0, setup: 0, content: 0, render: 0, index: 0, total: elapsed() };
    return { ok: false, diagnostics: [], failure: error instanceof Error ? error.message : String(error), phases: none, checkedFirst: false };
  }
  const publicDir = resolve(root, options.publicDir ?? 'public');
  // The content folder is listed on this thread once Astro's process has been started (below), so
  // that its start does not wait for a large archive's listing; the check reads SITE_URL and
  // BASE_PATH from the same environment as the build.
  // The check keeps its per-file findings beside Astro's caches, so a rebuild re-reads only what changed.
  const cacheDir = contentCacheDir(root, contentDir);
  let listContent!: () => void;
  const plan = new Promise<void>((start) => (listContent = start)).then(() => planCheck(contentDir));
  const checkOptions = { root, contentDir, publicDir, env: { SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH }, cacheDir: join(cacheDir, 'check') };
  // Beside Astro, the check also renders the bodies it parses into the body store, from its own
  // trees, and Astro's body worker takes only what it left (checked-bodies.ts). Not when the check
  // comes first: the worker then renders beside the pages, while the check would delay them.
  const bodiesDir = join(cacheDir, 'bodies');
  // So too the front matter fields it reads, which Astro's content loader then need not parse
  // again (handed-fields.ts). What builds that were stopped left in the folder goes first.
  const handedFields = handedFieldsFile(cacheDir);
  forgetHandedFields(handedFieldsFolder(cacheDir));
  const first = plan.then((listed) => options.checkFirst ?? checksFirst(listed), () => false);
  const beside = { bodies: { dir: bodiesDir }, fields: handedFields };
  const findings = plan.then(async (listed) => runChecksInProcess({ ...checkOptions, ...((await first) ? {} : beside) }, listed, undefined, recording));
  const verdict: Promise<Verdict> = findings.then(
    (diagnostics) => ({ diagnostics, milliseconds: elapsed() }),
    (error: unknown) => ({ diagnostics: [], failure: `内容检查未能完成：${error instanceof Error ? error.message : String(error)}`, milliseconds: elapsed() }),
  );
  const staging = stagingFolder(outDir);
  const trash = await trashFolder(outDir, cacheDir);
  // Rendered bodies are kept beside Astro's own caches; Astro sends no usage data from a build.
  const astroEnv = { ...env, ...astroAllocatorEnv(env), [BODY_CACHE_ENV]: bodiesDir, [HANDED_FIELDS_ENV]: handedFields, ASTRO_TELEMETRY_DISABLED: '1' };
  // Astro keeps or restores pages as the published site's record says (astro-page-record.ts);
  // its process loads its modules while that record is put in place, and starts after. Page
  // copies that Astro kept in earlier versions of this build go to the trash.
  const { copies } = astroPageRecord(cacheDir);
  const since = Promise.all([startFromPublished(cacheDir, outDir), existsSync(copies) ? discard(copies, trash) : undefined]).then(([clock]) => clock);
  // The site the last build replaced becomes this one's staging folder once the clock has been
  // read: whatever Astro and the index write after it is this build's.
  const spare = since.then(() => takeSpare(trash, cacheDir, staging));
  // A spare's index is written over in place when its record says what it holds; otherwise it goes
  // to the trash before an index is written there, while Astro renders or after.
  const spareIndex = spare.then(async (taken) => {
    if (taken && !taken.index && existsSync(join(staging, INDEX_DIR))) await discard(join(staging, INDEX_DIR), trash);
    return taken?.index;
  });
  spareIndex.catch(() => undefined);
  // Astro loads the content either way; when the check comes first, its pages wait for the check,
  // and a rejected archive's are never rendered (its process is stopped at the verdict).
  const passed = verdict.then((checked) => (rejects(checked) ? new Promise<never>(() => undefined) : undefined));
  const mayRender = first.then((yes) => (yes ? passed : undefined));
  // Shards of the search index are indexed while Astro renders (shards-ahead.ts), unless the check
  // comes first: beside Astro's rendering, the large shards of a large archive would add their
  // memory to Astro's. The indexer's modules load once Astro's process has started; what Astro
  // says of its pages waits for them.
  const aheadIndexer = first.then((checkedFirst) =>
    checkedFirst || !shards || options.indexWhileRendering === false
      ? undefined
      : import('../src/lib/search/shards-ahead.ts').then(({ ShardsAhead }) => new ShardsAhead({ siteDir: staging, cacheDir, policy: shards, previousIndex: spareIndex })),
  );
  const progress = (message: RenderProgress) => void aheadIndexer.then((indexer) => indexer?.take(message));
  const astroOptions = { root, outDir: staging, cacheDir, publicDir, restoreFrom: outDir, logLevel: options.logLevel ?? 'info' } as const;
  const told = { bodiesFromCheck: first.then((yes) => !yes), shardsAhead: aheadIndexer.then((indexer) => indexer !== undefined, () => false) };
  const astroDone = runAstro(astroOptions, astroEnv, verdict.then(rejects), spare, mayRender, progress, told);
  // What Astro's process and the check's loaded last time is read while they start: after Astro's
  // process is forked, since reading the records and starting the readers takes about 20 ms, and
  // Node takes longer than that to start before it loads a module.
  void readAhead(readAheadDir);
  listContent();
  // Compiled code that the previous build did not read is deleted while Astro works, once its
  // process has started (compile-cache.ts); a folder the user named may hold other programs' code.
  const tidied = compileCache.own ? pruneCompileCache(compileCache.dir) : Promise.resolve(0);
  // The indexer's modules load while Astro works, not before it starts: Astro's start is the
  // longest path of a small site's build.
  const indexer = import('../src/lib/search/build-index.ts');
  indexer.catch(() => undefined);
  const { reply: astro, exited: astroExited } = await astroDone;
  // No shard is started ahead once Astro is done; the one being indexed is finished before the
  // index reads the cache it goes into.
  const aheadDone = aheadIndexer.then((indexer) => indexer?.stop()).catch(() => undefined);
  const phases = { check: 0, ...astro.phases, index: 0, total: 0 };
  let failure = astro.failure;
  let index: SearchIndexSummary | undefined;
  // In a spare, pages the content no longer has go before the index reads every page in the
  // folder. The spare's index is brought up to date by the index's writer, which knows its files
  // from their record; without one, it has gone to the trash whole (spareIndex).
  const taken = astro.ok ? await spare.catch(() => undefined) : undefined;
  if (taken) {
    try {
      await spareIndex;
      sweepSpare(staging, cacheDir, await since, INDEX_DIR);
    } catch (error) {
      failure = `未能清理上次构建留下的旧文件：${error instanceof Error ? error.message : String(error)}`;
    }
  }
  // The index does not wait for the check either: on a rebuild the check can finish after Astro,
  // and a rejected site's index is dropped with the rest of the staging folder.
  let ahead: AheadSummary | undefined;
  if (astro.ok && failure === undefined) {
    const indexStarted = performance.now();
    try {
      ahead = await aheadDone;
      // An index written while Astro rendered is only confirmed, while Astro's process exits; one
      // merged now waits until the process has given back its memory.
      if (!ahead?.index) {
        await astroExited;
        // The merge has the cores to itself, or shares them with the check only.
        releaseOptimizingCompiler();
      }
      // Pages as the spare's own build read them, then as read while Astro rendered: the index reads only the others.
      const known = { ...taken?.pages, ...ahead?.pagesRead };
      index = await indexSite(await indexer, { siteDir: staging, cacheDir, shards, previous: taken?.index, known, ahead: ahead?.index });
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    phases.index = Math.round(performance.now() - indexStarted);
  }
  // All of Astro's output has been passed on, or dropped, once its process has exited.
  await astroExited;
  const checked = await verdict;
  forgetHandedFields(handedFields);
  const ok = !rejects(checked) && failure === undefined;
  if (ok) {
    // A replaced site that cannot be kept as the spare is deleted with the trash, where the swap
    // put it; the next build starts from an empty folder.
    await publishKeepingSpare(() => swapIn(staging, outDir, trash), outDir, trash, cacheDir, { index: index?.record, pages: index?.digests });
  } else {
    await aheadDone;
    await discard(staging, trash).catch(() => undefined);
  }
  // The site replaced now, and any left by earlier builds, are deleted once this build has written
  // everything: deleting them while it wrote slowed its writes (see emptyTrashLater).
  emptyTrashLater(outDir, trash);
  await tidied;
  Object.assign(phases, { check: checked.milliseconds, total: elapsed() });
  const reported = rejects(checked) ? checked.failure : failure;
  return {
    ok,
    diagnostics: checked.diagnostics,
    ...(reported !== undefined ? { failure: reported } : {}),
    phases,
    checkedFirst: await first,
    ...(index ? { index } : {}),
    ...(astro.bodies ? { bodies: astro.bodies } : {}),
    // The index deletes from its cache the shards it did not use.
    ...(ahead && index ? { indexedAhead: { dossiersRendered: ahead.dossiersRendered, shards: ahead.shardFiles.filter((file) => existsSync(file)).length, index: index.keptAhead } } : {}),
  };
}

/**
 * Astro's reply, which its process sends once the site is written, and its exit, which takes tens
 * of milliseconds more (its heap is torn down and its memory given back); a process that ends
 * without replying gives a reply that says so, at its exit.
 */
interface AstroRun {
  reply: AstroChildReply;
  /** Resolves once the process has exited and its output has been read to the end. */
  exited: Promise<void>;
}

/**
 * Runs Astro's build in its own process (scripts/astro-build-child.ts) while the check runs: it
 * starts once `ready` and Astro's modules are loaded, and renders pages once `mayRender` settles
 * too. What Astro prints is held until the check's verdict: passed on when the check passes; when
 * it rejects the content, Astro's process is stopped and its output dropped, so the editor reads
 * the check's findings and not Astro's errors about the same content. `told` is what the child is
 * told once the content folder is listed: whether the check renders the bodies it parses, and
 * whether shards of the search index are indexed as Astro reports dossiers rendered. Resolves
 * with Astro's reply as soon as it arrives ({@link AstroRun}).
 */
function runAstro(
  options: AstroChildOptions,
  env: NodeJS.ProcessEnv,
  rejected: Promise<boolean>,
  ready: Promise<unknown>,
  mayRender: Promise<unknown>,
  progress: (message: RenderProgress) => void,
  told: { bodiesFromCheck: Promise<boolean>; shardsAhead: Promise<boolean> },
): Promise<AstroRun> {
  return new Promise((resolveRun) => {
    let closed!: () => void;
    const exited = new Promise<void>((resolve) => (closed = resolve));
    const child = fork(fileURLToPath(new URL('./astro-build-child.ts', import.meta.url)), [JSON.stringify(options)], {
      cwd: options.root,
      // Astro colours its log for a terminal; through the pipe it would not know it writes to one.
      env: process.stdout.isTTY && env.FORCE_COLOR === undefined ? { ...env, FORCE_COLOR: '1' } : env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: astroNodeFlags(),
    });
    const output = new HeldOutput([
      { from: child.stdout!, to: process.stdout },
      { from: child.stderr!, to: process.stderr },
    ]);
    let reply: AstroChildReply | undefined;
    let loaded: () => void;
    const astroLoaded = new Promise<void>((resolve) => (loaded = resolve));
    child.on('message', (message: AstroChildMessage) => {
      if ('loaded' in message) loaded();
      else if ('renderPlan' in message || 'rendered' in message) progress(message);
      else {
        reply = message;
        resolveRun({ reply, exited });
      }
    });
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const send = (message: AstroParentMessage) => child.connected && child.send(message);
    // Known once the content folder is listed, which need not hold up Astro's start.
    void Promise.all([astroLoaded, told.bodiesFromCheck]).then(([, fromCheck]) => fromCheck && send({ bodiesFromCheck: true }));
    void Promise.all([astroLoaded, told.shardsAhead]).then(([, ahead]) => ahead && send({ shardsAhead: true }));
    void Promise.all([ready, astroLoaded]).then(
      async () => {
        send({ start: true });
        await mayRender;
        send({ render: true });
      },
      (error: unknown) => {
        reply = { ok: false, failure: error instanceof Error ? error.message : String(error), phases: { setup: 0, content: 0, render: 0 } };
        stop();
      },
    );
    void rejected.then((value) => {
      if (!value) {
        send({ checked: true });
        return output.release();
      }
      output.drop();
      stop();
    });
    child.on('close', (code, signal) => {
      closed();
      const none = { setup: 0, content: 0, render: 0 };
      resolveRun({ reply: reply ?? { ok: false, failure: `Astro 构建进程意外退出（${signal ?? `退出码 ${code}`}）`, phases: none }, exited });
    });
  });
}

/**
 * Node flags for Astro's process. Heap sizes and profiling flags given to this process carry
 * over; other flags, such as `--eval` and its code, must not. Without a heap limit, Astro may use
 * up to three quarters of the machine's memory, so that Node's default limit (about 4 GB) never
 * caps a large archive: Astro held about 2.8 GB for 10,000 dossiers, and a larger limit costs
 * nothing until it is used.
 */
function astroNodeFlags(): string[] {
  // Profiling flags carry over too, so `BENCH_NODE_OPTIONS=--cpu-prof` profiles Astro's process as well.
  const given = process.execArgv.filter((flag) => /^--max-(old|semi)-space-size=|^--(cpu|heap)-prof/.test(flag));
  const set = (name: string) => given.some((flag) => flag.startsWith(`--${name}=`)) || process.env.NODE_OPTIONS?.includes(`--${name}`);
  return [
    ...given,
    ...(set('max-old-space-size') ? [] : [`--max-old-space-size=${Math.floor((totalmem() * 0.75) / 2 ** 20)}`]),
    ...(set('max-semi-space-size') ? [] : [`--max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`]),
  ];
}

/**
 * Settings for the memory allocator of the native modules in Astro's process. Vite's bundler
 * (rolldown) and Astro's compiler allocate through mimalloc, which reserves arenas of up to 1 GB and
 * asks Linux for transparent huge pages on them: the kernel then clears each 2 MB page as it is
 * first touched, and may compact memory to find one. With them turned off, Astro's process of a
 * 100-dossier build held 344 MiB three seconds in, against 492 MiB of which 190 MiB were huge
 * pages, and the build took 0.1–0.3 s less (scripts/bench/README.md). A setting the user gives is
 * kept.
 */
export function astroAllocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_ALLOW_THP: env.MIMALLOC_ALLOW_THP ?? '0' };
}

/**
 * Megabytes of each of the two halves of the young generation of Astro's heap, where new objects
 * live until they survive a collection. Node 24 gives any heap 64 MB halves; rendering pages makes
 * mostly garbage that dies young, and collecting it in smaller halves stays in the processor's
 * caches. 1,000 dossiers from clean, five rounds in turns: 16 MB took 1.0–3.0 s less than the
 * default in every round (medians 26.3 s and 27.5 s); 8 MB and 32 MB came between the two. The
 * smaller halves also hold less memory.
 */
const ASTRO_SEMI_SPACE_MB = 16;

/**
 * Indexes a built site: its marked pages, and one entry per award and per unit from its
 * `awards.json`, so the index holds exactly the awards the pages show. Large sites are indexed
 * in shards in child processes, reused across builds from the cache folder when their pages and
 * awards did not change; an index written while Astro rendered (`ahead`) is kept when the same
 * shards are planned.
 */
async function indexSite(
  { buildSearchIndex }: typeof import('../src/lib/search/build-index.ts'),
  site: { siteDir: string; cacheDir: string; shards: ShardPolicy | undefined; previous: IndexRecord | undefined; known: PageDigests; ahead: IndexWrittenAhead | undefined },
): Promise<SearchIndexSummary> {
  const { siteDir, cacheDir, shards, previous, known, ahead } = site;
  const { awards } = JSON.parse(await readFile(join(siteDir, 'awards.json'), 'utf8')) as { awards: PublishedAward[] };
  return buildSearchIndex({ siteDir, awards, known, ...(shards ? { shards: { ...shards, cacheDir } } : {}), ...(previous ? { previous } : {}), ...(ahead ? { ahead } : {}) });
}

/**
 * The folder of Astro's content cache for one content folder, under `node_modules/.astro/`. The
 * benchmark deletes it to build from clean.
 */
export function contentCacheDir(root: string, contentDir: string): string {
  return join(resolve(root), 'node_modules', '.astro', cacheKey(resolve(root), resolve(root, contentDir)));
}

/**
 * Names the content cache. Each content folder gets its own, so test sites and benchmarks never
 * mix; the project's folder is part of the key, because Astro keeps each entry's file relative to
 * it: a project moved elsewhere (or a second one sharing its `node_modules`) would otherwise look
 * for a content folder outside it at the wrong place. The schemas are part of it too, because
 * Astro keeps validated front matter across builds and cannot see that the code which validated
 * it changed.
 */
function cacheKey(root: string, contentDir: string): string {
  const hash = createHash('sha1').update(root).update('\0').update(contentDir);
  for (const dir of ['src/lib/schemas']) {
    for (const file of readdirSync(join(root, dir)).sort()) hash.update(file).update(readFileSync(join(root, dir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** `npm run build` (scripts/build/start.ts): builds `content/` (or `HUAZHANG_CONTENT`) into `dist/` and says how it went. */
export async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = await buildSite({ root, ...(process.env.HUAZHANG_CONTENT ? { contentDir: process.env.HUAZHANG_CONTENT } : {}) });
  if (result.diagnostics.length > 0) {
    const { formatDiagnostics } = await import('../src/lib/diagnostics/index.ts');
    console.error(formatDiagnostics(result.diagnostics));
  }
  if (result.failure) console.error(`构建失败，dist/ 保持原样：${result.failure}`);
  if (!result.ok) {
    if (!result.failure) console.error('内容有错误，未生成网站，dist/ 保持原样。');
    process.exitCode = 1;
    return;
  }
  const { phases, index } = result;
  if (index) {
    // Shards indexed while Astro rendered are new to this build, though the index read them from its cache.
    const early = result.indexedAhead?.shards ?? 0;
    const during = early > 0 ? `（其中 ${early} 个在生成页面时建好）` : '';
    const shards = index.shardsBuilt + index.shardsReused > 1 ? `，分片新建 ${index.shardsBuilt + early} 个${during}、沿用 ${index.shardsReused - early} 个` : '';
    const written = index.keptAhead ? '，索引文件在生成页面时已写好' : '';
    console.log(`搜索索引：${index.pages} 个页面，${index.awards} 条荣誉${shards}${written}，用时 ${phases.index} ms`);
  }
  const when = result.checkedFirst ? '内容较多，页面在检查通过后生成' : '与生成同时进行';
  console.log(`网站已生成到 dist/：共 ${phases.total} ms（内容检查 ${phases.check} ms，${when}）`);
}

if (import.meta.main) await main();
