import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runChecks } from '../../../src/lib/checks/index.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/index.ts';

/** The fixture folder: `_base` is a small valid site; every other folder is one bad case on top of it. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/content');

/**
 * Builds a project in a temporary folder from the valid base site plus one case's files (a case
 * replaces or adds files, and lists files to delete in `_remove.txt`), then checks it. Paths in the
 * diagnostics are relative to that project, exactly as `npm run check` prints them.
 */
export async function checkFixture(name: string): Promise<Diagnostic[]> {
  const root = buildFixture(name);
  try {
    return await runChecks({ root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Copies the base site and one case into a new temporary project folder and returns its path. */
export function buildFixture(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `huazhang-check-${name}-`));
  cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
  const caseDir = path.join(FIXTURES, name);
  if (name !== '_base') {
    cpSync(caseDir, root, { recursive: true, filter: (src) => path.basename(src) !== '_remove.txt' });
    const removals = path.join(caseDir, '_remove.txt');
    if (existsSync(removals)) {
      for (const line of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) {
        rmSync(path.join(root, line), { force: true });
      }
    }
  }
  return root;
}
