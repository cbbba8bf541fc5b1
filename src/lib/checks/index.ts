import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { CONTENT_DIR } from '../constants.ts';
import { fieldsOf } from '../front-matter/index.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { relativePath } from './content-listing.ts';
import { loadContent } from './load.ts';
import { nodesInOrder } from './markdown-nodes.ts';
import { locateField } from './locate.ts';
import { RULES } from './rules/index.ts';
import { checkedSiteModel } from './site-model.ts';
import { CheckCache, type FileFindings } from './check-cache.ts';
import { handFields } from './hand-fields.ts';
import type { CheckedBodiesOptions } from './checked-bodies.ts';
import { siteRoutes, type Route } from '../routes/index.ts';
import { sitePages as listSitePages, type SitePages } from './site-pages.ts';
import type { CheckContext, CheckRule, ContentFile, Report } from './types.ts';

export type { CheckRule } from './types.ts';
export { RULES } from './rules/index.ts';

/** Where to look for content; relative paths are resolved against `root`. */
export interface RunChecksOptions {
  /** The project root; diagnostic paths are relative to it. */
  root: string;
  /** The content folder. @default 'content' */
  contentDir?: string;
  /** Static files served at the site root, for links and images starting with `/`. @default 'public' */
  publicDir?: string;
  /** The build's environment, for `SITE_URL` and `BASE_PATH`. @default process.env */
  env?: Record<string, string | undefined>;
  /** Run only these rules (all by default); tests use it to isolate one rule. */
  rules?: readonly CheckRule[];
  /**
   * Files per-file rules take at a time; tests give 1 to show that such a rule needs no other file.
   * @default 256
   */
  filesAtOnce?: number;
  /** The content folder's files, when the caller has listed them already (`listCheckedFiles`). */
  files?: readonly string[];
  /**
   * A folder to keep the per-file rules' findings in across checks (`check-cache.ts`), so that a
   * check after a small edit parses only the files that changed. Without it nothing is kept.
   */
  cacheDir?: string;
  /**
   * Render the bodies the per-file rules parse into the build's body store, from the same trees
   * (`checked-bodies.ts`), dossier by dossier in the order Astro renders them: when most files are
   * checked anew, not after a few edits.
   */
  bodies?: CheckedBodiesOptions;
  /**
   * A file to hand the front matter fields of the files checked anew to Astro's content loader in,
   * as soon as they are read (`hand-fields.ts`), so that the build parses each block once.
   */
  fields?: string;
}

/**
 * Files the per-file rules take at a time. Their Markdown trees are kept while every such rule
 * looks at them, then dropped: at 10,000 dossiers the trees of all 140,000 files took about 0.6 GB
 * beside the Astro process building the same site.
 */
const FILES_AT_ONCE = 256;

/**
 * The context of the whole content folder: `markdown` parses on every call, and nothing keeps the
 * trees; rules of the whole site read what per-file rules gathered (`shared`) instead.
 */
function createContext(
  { root, contentDir, publicDir, env }: Pick<CheckContext, 'root' | 'contentDir' | 'publicDir' | 'env'>,
  files: ContentFile[],
  report: (r: Report) => void,
  cache?: CheckCache,
): CheckContext {
  let pages: SitePages | undefined;
  const gathered = new Map<string, Map<ContentFile, readonly unknown[]>>();
  const ctx: CheckContext = {
    root,
    contentDir,
    publicDir,
    env,
    files,
    report,
    // The site's own parser, so the checker sees the emphasis and links the page will show.
    markdown: (file) => parseMarkdown(file.body),
    markdownNodes: (file) => nodesInOrder(ctx.markdown(file)),
    locate(file, fieldPath, at) {
      if (!file.frontMatter) return { line: 1, column: 1 };
      return locateField(file.frontMatter, fieldPath, at);
    },
    data(file) {
      if (file.text === undefined || file.unclosedFrontMatter) return undefined;
      // An unchanged file's fields come from the cache, so its YAML is parsed only if a rule points into it.
      const kept = cache?.fields(file);
      if (kept) return kept[0];
      return file.frontMatter ? fieldsOf(file.frontMatter) : {};
    },
    sitePages: () => (pages ??= listSitePages(ctx)),
    gather(key, file, items) {
      if (!gathered.has(key)) gathered.set(key, new Map());
      gathered.get(key)!.set(file, items);
    },
    gathered<T>(key: string) {
      const byFile = gathered.get(key);
      if (!byFile) return undefined;
      return files.flatMap((file) => (byFile.has(file) ? [{ file, items: byFile.get(file) as readonly T[] }] : []));
    },
  };
  return ctx;
}

/**
 * The context per-file rules see for some of the files: each tree parsed once for all of them, and
 * kept in `trees`. With `findings`, what they report and gather is also noted file by file, for the cache.
 */
function partOf(whole: CheckContext, files: readonly ContentFile[], rule: () => string, trees: Map<ContentFile, Root>, findings?: Map<string, FileFindings>): CheckContext {
  const listed = new Map<ContentFile, Nodes[]>();
  const markdown = (file: ContentFile): Root => {
    let tree = trees.get(file);
    if (!tree) trees.set(file, (tree = whole.markdown(file)));
    return tree;
  };
  const of = (path: string): FileFindings => {
    let found = findings!.get(path);
    if (!found) findings!.set(path, (found = { reports: [], gathered: {} }));
    return found;
  };
  return {
    ...whole,
    files,
    markdown,
    markdownNodes(file) {
      let nodes = listed.get(file);
      if (!nodes) listed.set(file, (nodes = nodesInOrder(markdown(file))));
      return nodes;
    },
    report(r) {
      if (findings) of(r.file).reports.push({ rule: rule(), report: r });
      whole.report(r);
    },
    gather(key, file, items) {
      if (findings) of(file.path).gathered[key] = items;
      whole.gather(key, file, items);
    },
  };
}

/** A rule's finding as the formatter takes it. */
function diagnosticOf(r: Report): Diagnostic {
  return {
    file: r.file,
    ...(r.line !== undefined ? { line: r.line } : {}),
    ...(r.column !== undefined ? { column: r.column } : {}),
    field: r.field ?? '',
    code: r.code,
    values: { file: r.file, ...r.values },
    severity: r.severity ?? 'error',
  };
}

/**
 * Every page and file a build of the content folder makes, from the route table of the checked
 * content (see `site-model.ts`): for tools that measure or test a built site without Astro.
 */
export async function routesOfContent(options: Omit<RunChecksOptions, 'rules' | 'filesAtOnce' | 'files'>): Promise<Route[]> {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(root, options.contentDir ?? CONTENT_DIR);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  const files = await loadContent(root, contentDir);
  const ctx = createContext({ root, contentDir, publicDir, env: options.env ?? process.env }, files, () => undefined);
  return siteRoutes(checkedSiteModel(ctx).model);
}

/**
 * Checks every file under the content folder against every rule and returns all the problems
 * found, sorted by file, line and column. Pure Node: the build, the CLI and the dev server call it.
 *
 * @example
 * const diagnostics = await runChecks({ root: process.cwd() });
 * if (diagnostics.some((d) => d.severity === 'error')) console.error(formatDiagnostics(diagnostics));
 */
export async function runChecks(options: RunChecksOptions): Promise<Diagnostic[]> {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(root, options.contentDir ?? CONTENT_DIR);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  if (!existsSync(contentDir)) {
    const folder = relativePath(root, contentDir) || '.';
    return [{ file: folder, field: '', code: 'content.missing', values: { folder }, severity: 'error' }];
  }
  const files = await loadContent(root, contentDir, options.files);
  // Findings are ordered by place, then by rule as listed, whichever files a rule saw first.
  const rules = options.rules ?? RULES;
  const found: Array<{ diagnostic: Diagnostic; rule: number }> = [];
  let current = 0;
  const perFile = rules.filter((rule) => rule.perFile);
  const cache = options.cacheDir && perFile.length > 0 ? new CheckCache(options.cacheDir) : undefined;
  const ctx = createContext({ root, contentDir, publicDir, env: options.env ?? process.env }, files, (r) => found.push({ diagnostic: diagnosticOf(r), rule: current }), cache);
  const failed = new Set<CheckRule>();
  const replay = (file: ContentFile, kept: FileFindings | undefined): boolean => {
    if (!kept) return false;
    for (const { rule, report } of kept.reports) found.push({ diagnostic: diagnosticOf(report), rule: rules.findIndex((r) => r.id === rule) });
    for (const [key, items] of Object.entries(kept.gathered)) ctx.gather(key, file, items);
    return true;
  };
  const run = async (rule: CheckRule, on: CheckContext) => {
    if (failed.has(rule)) return;
    current = rules.indexOf(rule);
    try {
      await rule.check(on);
    } catch (error) {
      // A rule that breaks on some input must not take the whole check down with a stack trace,
      // nor let the content pass unchecked: it becomes an error that names the rule, once.
      failed.add(rule);
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      found.push({ diagnostic: { file: '', field: '', code: 'check.rule-failed', values: { rule: rule.id, detail }, severity: 'error' }, rule: current });
    }
  };
  // Per-file rules first, so that a rule of the whole site finds what they gathered for it.
  cache?.weigh(ctx, perFile.map((rule) => rule.id));
  const atOnce = Math.max(1, options.filesAtOnce ?? FILES_AT_ONCE);
  // Files whose findings are kept give them back as they were found; the others are checked.
  const unchecked = perFile.length === 0 ? [] : cache ? files.filter((file) => !replay(file, cache.get(file))) : files;
  // Before the bodies' renderer is loaded: Astro's process is reading the same files by now.
  if (options.fields) await handFields(options.fields, unchecked, (file) => ctx.data(file)).catch(() => undefined);
  // Only when most files are checked anew, as in a first build: a dossier's group is written whole,
  // and to key the groups the check reads every file of the site, where after a few edits the
  // pages render the few changed bodies themselves.
  // Loaded only then: it brings Astro's Markdown processor, which `npm run check` and the dev server never need.
  const bodies =
    options.bodies && unchecked.length > 0 && unchecked.length * 2 >= files.length
      ? await (await import('./checked-bodies.ts')).CheckedBodies.open(root, contentDir, ctx.env, options.bodies, files)
      : undefined;
  const order = bodies ? bodies.inRenderOrder(unchecked) : unchecked;
  for (let from = 0; from < order.length; from += atOnce) {
    const fresh = order.slice(from, from + atOnce);
    const findings = cache ? new Map<string, FileFindings>() : undefined;
    const trees = new Map<ContentFile, Root>();
    const part = partOf(ctx, fresh, () => rules[current]!.id, trees, findings);
    for (const rule of perFile) await run(rule, part);
    for (const file of fresh) cache?.set(file, findings!.get(file.path) ?? { reports: [], gathered: {} });
    // The trees are rendered only once every rule is done with them: rendering changes them.
    if (bodies && failed.size === 0) for (const file of fresh) await bodies.take(file, trees.get(file));
  }
  // A rule that broke left some files unchecked: what was found is not kept.
  if (cache && failed.size === 0) cache.save(files, (file) => ctx.data(file));
  for (const rule of rules) if (!rule.perFile) await run(rule, ctx);
  found.sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic) || a.rule - b.rule);
  return found.map((f) => f.diagnostic);
}
