// A build checks the content on a worker thread while Astro loads it and bundles the pages
// (scripts/build.ts). The site's data (src/data.ts) waits here for the verdict before any page
// gets its content, so a failed check stops the build early. It is shared through a global symbol
// because the pages run in modules Vite bundles separately from the build script's own.
import { DiagnosticError } from '../diagnostics/error.ts';

const VERDICT = Symbol.for('huazhang.content-verdict');

type Holder = { [VERDICT]?: Promise<boolean> };

/** Registers the running check: a promise of whether it rejects the content. */
export function expectContentVerdict(rejected: Promise<boolean> | undefined): void {
  if (rejected) (globalThis as Holder)[VERDICT] = rejected;
  else delete (globalThis as Holder)[VERDICT];
}

/**
 * Resolves when the running check (if any) passes. When it found errors, rejects with a
 * diagnostic worded like every other: the check's own report names the files and lines.
 */
export async function awaitContentVerdict(): Promise<void> {
  const rejected = (globalThis as Holder)[VERDICT];
  if (rejected && (await rejected)) {
    throw new DiagnosticError({ file: '', field: '', code: 'build.content-rejected', values: {}, severity: 'error' });
  }
}
