import type { Nodes, Root } from 'mdast';
import type { IssueValues, MessageCode, Severity } from '../diagnostics/index.ts';
import type { FileRole } from './classify.ts';
import type { DetectedEncoding } from './decode.ts';
import type { FileKind } from './file-kind.ts';
import type { SplitFile, YamlBlock } from '../front-matter/index.ts';
import type { YamlSlip } from './yaml-repair.ts';
import type { Position } from './locate.ts';
import type { SitePages } from './site-pages.ts';

/** One file under the content folder, read and split, as every rule sees it. */
export interface ContentFile {
  /** Path relative to the project root, forward slashes: `content/dossiers/huangzhou.md`. */
  path: string;
  /** Path relative to the content folder: `dossiers/huangzhou.md`. */
  contentPath: string;
  /** Absolute path, for reading neighbours (images next to an article). */
  absolutePath: string;
  /** What the file is, from its place in the layout. */
  role: FileRole;
  /** How the bytes are encoded; only `utf-8` files have `text`. */
  encoding: DetectedEncoding;
  /** What a file that should be text really is, when its first bytes say (a PNG, a Word file). */
  fileKind?: FileKind;
  /** The UTF-8 text (BOM removed, LF line endings); absent when the file is not UTF-8 or is an asset. */
  text?: string;
  /**
   * True when `text` is the file's bytes read as UTF-8, no BOM or carriage return taken out: the
   * text as the content loader reads and digests it.
   */
  textAsWritten?: boolean;
  /**
   * Present when the file has a YAML block (always for `site.yaml`); when the block has layout
   * slips, this is the block read again with them corrected (see `yamlSlips`). Parsed the first
   * time it or `yamlSlips` is read.
   */
  frontMatter?: YamlBlock;
  /** Tabs, odd spaces in indentation and full-width colons after keys, each found once. */
  yamlSlips?: YamlSlip[];
  /** True when a Markdown file opens `---` and never closes it. */
  unclosedFrontMatter: boolean;
  /** Text after the `---` of the closing fence line, which the reader refuses. */
  closingText?: SplitFile['closingText'];
  /** The Markdown after the front matter, as its page renders it (`bodyShown`). */
  body: string;
  /** The file line the body starts on, to turn Markdown positions into file positions. */
  bodyLine: number;
}

/** What a rule hands to {@link CheckContext.report}; severity defaults to `error`. */
export interface Report {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  code: MessageCode;
  values?: IssueValues;
  severity?: Severity;
}

/** Everything a rule may look at, and the one way it reports. */
export interface CheckContext {
  /** Absolute project root; diagnostic paths are relative to it. */
  root: string;
  /** Absolute content folder. */
  contentDir: string;
  /** Absolute folder of static files served at the site root. */
  publicDir: string;
  /** The environment the site is built with: `SITE_URL` and `BASE_PATH` change where links lead. */
  env: Readonly<Record<string, string | undefined>>;
  /** Every file under the content folder, in path order. */
  files: readonly ContentFile[];
  /** Records one problem. */
  report(report: Report): void;
  /** The body of a Markdown file as an mdast tree (positions relative to the body), parsed once. */
  markdown(file: ContentFile): Root;
  /** Every node of {@link markdown}'s tree in the order the body has them, listed once (`nodesInOrder`). */
  markdownNodes(file: ContentFile): readonly Nodes[];
  /** The file position of a front matter field, or the opening `---` when there is none. */
  locate(file: ContentFile, path: readonly PropertyKey[], at?: 'value' | 'key'): Position;
  /** The front matter data, when it parsed cleanly as a mapping; otherwise `undefined`. */
  data(file: ContentFile): Record<string, unknown> | undefined;
  /** Every page of the whole site, from the route table of the checked content, listed once per check. */
  sitePages(): SitePages;
  /**
   * Keeps what a per-file rule found in `file` for a rule of the whole site, under `key`. Items are
   * plain data: a check may keep them across runs with the file's findings (`check-cache.ts`).
   */
  gather(key: string, file: ContentFile, items: readonly unknown[]): void;
  /**
   * What per-file rules gathered under `key`, file by file in path order; `undefined` when no rule
   * gathered under it in this check, so a rule run alone knows to look for itself.
   */
  gathered<T>(key: string): Array<{ file: ContentFile; items: readonly T[] }> | undefined;
}

/**
 * One content rule: an id, one line saying what it guards against, and a check that reports
 * through the context. Rules never print and never decide the exit code.
 */
export interface CheckRule {
  /** Kebab-case, stable: used in tests and in `--json` output. */
  id: string;
  /** One line: what the rule guards against. */
  description: string;
  /**
   * What the rule reports about a file depends on that file alone (and on `ctx.sitePages()`,
   * `ctx.env` and which files exist on disk), never on the other files in `ctx.files` nor on what
   * another file holds. Such a rule is given the files a few hundred at a time, and their Markdown
   * trees are dropped after each batch; with a cache folder, its findings for a file are kept
   * until one of these changes (`check-cache.ts`). The other rules run after every batch, once,
   * on all files.
   */
  perFile?: boolean;
  /** Inspects the content and reports through `ctx.report`; may be async. */
  check(ctx: CheckContext): void | Promise<void>;
}
