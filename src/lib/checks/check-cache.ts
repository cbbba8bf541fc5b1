import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../markdown/render-fingerprint.ts';
import { replaceFile } from '../replace-file.ts';
import type { SitePages } from './site-pages.ts';
import type { CheckContext, ContentFile, Report } from './types.ts';

/** What the per-file rules found in one file: their reports, each with its rule, and what they gathered. */
export interface FileFindings {
  reports: Array<{ rule: string; report: Report }>;
  gathered: Record<string, readonly unknown[]>;
}

/** A file's front matter fields as `CheckContext.data` gives them: `[fields]`, or `[]` when there are none to read. */
export type KeptFields = [Record<string, unknown>?];

interface Stored {
  /** {@link codeKey} of the check that wrote it. */
  code: string;
  /** {@link CheckCache.inputsKey} of the check that wrote it. */
  inputs: string;
  /** Findings by {@link fileKey}. */
  files: Record<string, FileFindings>;
  /** Front matter fields by {@link fileKey}. */
  fields: Record<string, KeptFields>;
}

// The checker's own project, wherever the checked content is: its code and installed dependencies.
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bump when what is stored changes shape. */
const FORMAT = 2;
const FILE_NAME = 'per-file-findings.json';

/**
 * What a check keeps for the next one about files whose text is unchanged: the findings of the
 * per-file rules, and the front matter fields, so that neither the rules nor the YAML parser run
 * again on such a file.
 *
 * A file's fields follow from its text and the checker's code alone, so they are kept while both
 * are unchanged. A rule marked `perFile` finds in a file what its text, the site's pages and the
 * files on disk say (`CheckRule.perFile`), so its findings are used only when all of these are as
 * they were: the file's path, encoding and text are its key, and the rest makes
 * {@link CheckCache.inputsKey}, which voids every finding when it changes. Both keys hold the
 * checker's own code and the installed dependencies, so a changed rule or parser never reads
 * what its old self kept.
 */
export class CheckCache {
  private readonly file: string;
  private readonly code: string;
  private readonly stored: Stored | undefined;
  private readonly keys = new WeakMap<ContentFile, string>();
  private inputs: string | undefined;
  private readonly next: Record<string, FileFindings> = {};

  /** The cache in `dir`; what it holds is read only when it was written by the same code. */
  constructor(dir: string) {
    this.file = path.join(dir, FILE_NAME);
    this.code = codeKey();
    const stored = readStored(this.file);
    this.stored = stored?.code === this.code ? stored : undefined;
  }

  /** The fields kept for `file`, or `undefined` when its text changed since (or it is new). */
  fields(file: ContentFile): KeptFields | undefined {
    return this.stored?.fields[this.keyOf(file)];
  }

  /**
   * Weighs what besides a file's text the per-file rules read ({@link CheckCache.inputsKey});
   * until then, and when they cannot be weighed (the site's pages do not come together), no
   * findings are read or kept: the rules run and report that themselves.
   */
  weigh(ctx: CheckContext, ruleIds: readonly string[]): void {
    try {
      this.inputs = CheckCache.inputsKey(ctx, ruleIds);
    } catch {
      this.inputs = undefined;
    }
  }

  /**
   * Everything besides a file's own text that per-file rules read: which rules run, the
   * environment's SITE_URL and BASE_PATH, every page and anchor of the site, and every file and
   * folder name under the content and public folders. The code is in the cache's other key.
   */
  static inputsKey(ctx: CheckContext, ruleIds: readonly string[]): string {
    const hash = createHash('sha256');
    hash.update(`${JSON.stringify(ruleIds)}\n${JSON.stringify([ctx.env.SITE_URL ?? null, ctx.env.BASE_PATH ?? null])}\n`);
    hash.update(`${pagesText(ctx.sitePages())}\n`);
    for (const dir of [ctx.contentDir, ctx.publicDir]) hash.update(`${dir}\n${namesUnder(dir).join('\n')}\n`);
    return hash.digest('hex');
  }

  /** The findings kept for `file`, or `undefined` when its text or the inputs changed since. */
  get(file: ContentFile): FileFindings | undefined {
    if (this.inputs === undefined || this.stored?.inputs !== this.inputs) return undefined;
    const key = this.keyOf(file);
    const found = this.stored.files[key];
    if (found) this.next[key] = found;
    return found;
  }

  /** Keeps what the per-file rules found in `file` in this check. */
  set(file: ContentFile, findings: FileFindings): void {
    this.next[this.keyOf(file)] = findings;
  }

  /**
   * Writes this check's findings and the fields of `files` as `fieldsOf` reads them, and only
   * those, so files gone from the content are forgotten; nothing when the inputs were not weighed.
   * Fields JSON cannot carry exactly (`.nan`, `.inf`) are read again next time instead.
   */
  save(files: readonly ContentFile[], fieldsOf: (file: ContentFile) => Record<string, unknown> | undefined): void {
    if (this.inputs === undefined) return;
    const fields: Record<string, KeptFields> = {};
    for (const file of files) {
      if (file.text === undefined) continue;
      // `CheckContext.data` gives an unchanged file's kept fields without parsing its YAML.
      const read = fieldsOf(file);
      const kept: KeptFields = read === undefined ? [] : [read];
      if (kept.every(exactInJson)) fields[this.keyOf(file)] = kept;
    }
    try {
      replaceFile(this.file, JSON.stringify({ code: this.code, inputs: this.inputs, files: this.next, fields } satisfies Stored));
    } catch {
      // A cache that cannot be written (a full or read-only disk) makes the next check slower, not wrong.
    }
  }

  private keyOf(file: ContentFile): string {
    let key = this.keys.get(file);
    if (key === undefined) this.keys.set(file, (key = fileKey(file)));
    return key;
  }
}

/** The checker's code and dependencies, and the shape of what is stored. */
function codeKey(): string {
  return `${FORMAT}-${codeFingerprint(CODE_ROOT, path.join(CODE_ROOT, 'src', 'lib', 'checks', 'index.ts'))}`;
}

function readStored(file: string): Stored | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    // A cache cut short (a killed check) is only a slower check.
    return undefined;
  }
}

/** Whether JSON gives `value` back as it is: no number it writes as `null` or `0` (NaN, infinities, -0). */
function exactInJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(exactInJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(exactInJson);
  return false;
}

/** A file's path and everything the check read of it. */
function fileKey(file: ContentFile): string {
  const hash = createHash('sha256').update(JSON.stringify([file.path, file.encoding, file.fileKind ?? null]));
  return hash.update(file.text ?? '').digest('hex');
}

/** The site's pages and anchors as text, in a fixed order. */
function pagesText(site: SitePages): string {
  const sorted = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    sorted(site.pages).map(([page, anchors]) => [page, [...anchors].sort()]),
    sorted(site.openKinds),
    sorted(site.openAnchors),
    site.base,
    site.origin ?? null,
  ]);
}

/** Every file and folder under `dir`, relative and sorted; none when it does not exist. */
function namesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => `${path.relative(dir, path.join(entry.parentPath, entry.name))}${entry.isDirectory() ? '/' : ''}`)
    .sort();
}
