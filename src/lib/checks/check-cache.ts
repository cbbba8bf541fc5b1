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

interface Stored {
  /** {@link CheckCache.inputsKey} of the check that wrote it. */
  inputs: string;
  /** Findings by {@link fileKey}. */
  files: Record<string, FileFindings>;
}

// The checker's own project, wherever the checked content is: its code and installed dependencies.
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bump when what is stored changes shape. */
const FORMAT = 1;
const FILE_NAME = 'per-file-findings.json';

/**
 * The findings of the per-file rules, kept across checks for files whose text is unchanged. A rule
 * marked `perFile` finds in a file what its text, the site's pages and the files on disk say
 * (`CheckRule.perFile`), so an entry is used only when all of these are as they were: the file's
 * path, encoding and text are its key, and the rest makes {@link CheckCache.inputsKey}, which
 * voids every entry when it changes. That key also holds the checker's own code and the installed
 * dependencies, so a changed rule never reads a finding of its old self.
 */
export class CheckCache {
  private readonly file: string;
  private readonly inputs: string;
  private readonly previous: Record<string, FileFindings>;
  private readonly next: Record<string, FileFindings> = {};

  private constructor(dir: string, inputs: string) {
    this.file = path.join(dir, FILE_NAME);
    this.inputs = inputs;
    this.previous = readStored(this.file, inputs);
  }

  /**
   * The cache in `dir` for a check with these inputs; entries of other inputs are never read. When
   * the inputs cannot be weighed (the site's pages do not come together), there is none: the rules
   * run and report that themselves.
   */
  static open(dir: string, ctx: CheckContext, ruleIds: readonly string[]): CheckCache | undefined {
    try {
      return new CheckCache(dir, CheckCache.inputsKey(ctx, ruleIds));
    } catch {
      return undefined;
    }
  }

  /**
   * Everything besides a file's own text that per-file rules read: the checker's code and
   * dependencies, which rules run, the environment's SITE_URL and BASE_PATH, every page and anchor of
   * the site, and every file and folder name under the content and public folders.
   */
  static inputsKey(ctx: CheckContext, ruleIds: readonly string[]): string {
    const hash = createHash('sha256');
    hash.update(`${FORMAT}\n${codeFingerprint(CODE_ROOT, path.join(CODE_ROOT, 'src', 'lib', 'checks', 'index.ts'))}\n`);
    hash.update(`${JSON.stringify(ruleIds)}\n${JSON.stringify([ctx.env.SITE_URL ?? null, ctx.env.BASE_PATH ?? null])}\n`);
    hash.update(`${pagesText(ctx.sitePages())}\n`);
    for (const dir of [ctx.contentDir, ctx.publicDir]) hash.update(`${dir}\n${namesUnder(dir).join('\n')}\n`);
    return hash.digest('hex');
  }

  /** The findings kept for `file`, or `undefined` when its text or the inputs changed since. */
  get(file: ContentFile): FileFindings | undefined {
    const key = fileKey(file);
    const found = this.previous[key];
    if (found) this.next[key] = found;
    return found;
  }

  /** Keeps what the per-file rules found in `file` in this check. */
  set(file: ContentFile, findings: FileFindings): void {
    this.next[fileKey(file)] = findings;
  }

  /** Writes this check's entries, and only them, so files gone from the content are forgotten. */
  save(): void {
    try {
      replaceFile(this.file, JSON.stringify({ inputs: this.inputs, files: this.next } satisfies Stored));
    } catch {
      // A cache that cannot be written (a full or read-only disk) makes the next check slower, not wrong.
    }
  }
}

function readStored(file: string, inputs: string): Record<string, FileFindings> {
  if (!existsSync(file)) return {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    return stored.inputs === inputs ? stored.files : {};
  } catch {
    // A cache cut short (a killed check) is only a slower check.
    return {};
  }
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
