// The content check and the build must never disagree: every fixture the check passes must build,
// and every fixture it refuses must not. Building each of the hundred-odd fixtures alone would take
// most of the CI budget, so fixtures the check passes are built side by side, each as its own
// dossier, in as few sites as their files allow; only when such a site fails are its fixtures
// built one by one, to name the culprits. A fixture the check refuses cannot build: the build runs
// this same check and stops on its errors (tests/site/build-safety.test.ts shows it stopping).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build.ts';
import { runChecks } from '../../src/lib/checks/index.ts';
import { formatDiagnostics, type Diagnostic } from '../../src/lib/diagnostics/index.ts';
import { batchFixtures, writeBatch, type BatchMember } from '../support/fixture-batches.ts';
import { ROOT } from '../support/paths.ts';
import { buildFixture, FIXTURES } from '../unit/checks/run-fixture.ts';

const work = mkdtempSync(path.join(tmpdir(), 'huazhang-agreement-'));
const names = readdirSync(FIXTURES).filter((name) => name !== '_base').sort();
const checked = new Map<string, Diagnostic[]>();
const built = new Map<string, { ok: boolean; why: string }>();

const errorsIn = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

async function build(root: string, outDir: string): Promise<{ ok: boolean; why: string }> {
  const result = await buildSite({ root: ROOT, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), outDir, logLevel: 'silent' });
  return { ok: result.ok, why: `${formatDiagnostics(errorsIn(result.diagnostics))}\n${result.failure ?? ''}` };
}

beforeAll(async () => {
  const passing: BatchMember[] = [];
  for (const name of names) {
    const root = buildFixture(name);
    const diagnostics = await runChecks({ root });
    checked.set(name, diagnostics);
    if (errorsIn(diagnostics).length === 0) passing.push({ name, root });
    else rmSync(root, { recursive: true, force: true });
  }
  for (const [i, batch] of batchFixtures(passing).entries()) {
    const root = path.join(work, `batch-${i}`);
    writeBatch(batch, root);
    const together = await build(root, path.join(root, 'dist'));
    if (together.ok) {
      for (const member of batch.members) built.set(member.name, together);
      continue;
    }
    for (const member of batch.members) built.set(member.name, await build(member.root, path.join(member.root, 'dist')));
  }
  for (const member of passing) rmSync(member.root, { recursive: true, force: true });
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content check and the build', () => {
  it('check every fixture', () => {
    expect(checked.size).toBe(names.length);
    expect(names.length).toBeGreaterThan(100);
  });

  it('build every fixture the check passes', () => {
    const passing = names.filter((name) => errorsIn(checked.get(name)!).length === 0);
    expect(passing.length).toBeGreaterThan(40);
    const refused = passing.filter((name) => !built.get(name)?.ok).map((name) => `${name}:\n${built.get(name)?.why ?? '(not built)'}`);
    expect(refused).toEqual([]);
  });

  it('never crash on a fixture: a broken rule would show as check.rule-failed', () => {
    const crashed = names.filter((name) => checked.get(name)!.some((d) => d.code === 'check.rule-failed'));
    expect(crashed).toEqual([]);
  });
});
