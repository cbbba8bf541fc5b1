import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { CONTENT_DIR } from '../constants.ts';
import { fieldsOf } from '../front-matter/index.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { loadContent, relativePath } from './load.ts';
import { locateField } from './locate.ts';
import { RULES } from './rules/index.ts';
import { checkedSiteModel } from './site-model.ts';
import { siteRoutes, type Route } from '../routes/index.ts';
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
}

function createContext(
  { root, contentDir, publicDir, env }: Pick<CheckContext, 'root' | 'contentDir' | 'publicDir' | 'env'>,
  files: ContentFile[],
  out: Diagnostic[],
): CheckContext {
  const trees = new Map<ContentFile, Root>();
  return {
    root,
    contentDir,
    publicDir,
    env,
    files,
    report(r: Report) {
      out.push({
        file: r.file,
        ...(r.line !== undefined ? { line: r.line } : {}),
        ...(r.column !== undefined ? { column: r.column } : {}),
        field: r.field ?? '',
        code: r.code,
        values: { file: r.file, ...r.values },
        severity: r.severity ?? 'error',
      });
    },
    markdown(file) {
      let tree = trees.get(file);
      if (!tree) {
        // The site's own parser, so the checker sees the emphasis and links the page will show.
        tree = parseMarkdown(file.body);
        trees.set(file, tree);
      }
      return tree;
    },
    locate(file, fieldPath, at) {
      if (!file.frontMatter) return { line: 1, column: 1 };
      return locateField(file.frontMatter, fieldPath, at);
    },
    data(file) {
      if (file.text === undefined || file.unclosedFrontMatter) return undefined;
      return file.frontMatter ? fieldsOf(file.frontMatter) : {};
    },
  };
}

/**
 * Every page and file a build of the content folder makes, from the route table of the checked
 * content (see `site-model.ts`): for tools that measure or test a built site without Astro.
 */
export async function routesOfContent(options: Omit<RunChecksOptions, 'rules'>): Promise<Route[]> {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(root, options.contentDir ?? CONTENT_DIR);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  const files = await loadContent(root, contentDir);
  const ctx = createContext({ root, contentDir, publicDir, env: options.env ?? process.env }, files, []);
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
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(contentDir)) {
    const folder = relativePath(root, contentDir) || '.';
    return [{ file: folder, field: '', code: 'content.missing', values: { folder }, severity: 'error' }];
  }
  const files = await loadContent(root, contentDir);
  const ctx = createContext({ root, contentDir, publicDir, env: options.env ?? process.env }, files, diagnostics);
  for (const rule of options.rules ?? RULES) {
    try {
      await rule.check(ctx);
    } catch (error) {
      // A rule that breaks on some input must not take the whole check down with a stack trace,
      // nor let the content pass unchecked: it becomes an error that names the rule.
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      diagnostics.push({ file: '', field: '', code: 'check.rule-failed', values: { rule: rule.id, detail }, severity: 'error' });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}
