import { describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite, checksFirst, contentCacheDir } from '../../scripts/build.ts';
import { astroPageRecord } from '../../scripts/build/astro-page-record.ts';
import { formatDiagnostics } from '../../src/lib/diagnostics/index.ts';
import { snapshot } from '../support/files.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT } from '../support/paths.ts';

const CONTENT = join(OUTPUT, 'safety-content');
const DIST = join(OUTPUT, 'safety-dist');
const BROKEN = join(CONTENT, 'achievements', 'binjiang-clinic.md');

describe('a failed build', () => {
  it('leaves the previous site exactly as it was and names the broken file', async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    rmSync(DIST, { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, CONTENT, { recursive: true });
    const first = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent' });
    expect(first.ok).toBe(true);
    // Astro recorded the pages' keys, and kept no copies of them: the published site is the copy (scripts/build/astro-page-record.ts).
    const pageRecord = astroPageRecord(contentCacheDir(ROOT, CONTENT));
    expect(existsSync(pageRecord.manifest)).toBe(true);
    expect(existsSync(pageRecord.copies)).toBe(false);
    const before = snapshot(DIST);
    expect(before.size).toBeGreaterThan(20);

    writeFileSync(BROKEN, readFileSync(BROKEN, 'utf8').replace('years: 2019', 'years: 2091-2019'));
    const second = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent' });
    expect(second.ok).toBe(false);
    const report = formatDiagnostics(second.diagnostics);
    expect(report).toContain('safety-content/achievements/binjiang-clinic.md');
    expect(report).toContain('awards.0.years');
    expect(snapshot(DIST)).toEqual(before);
    expect(readdirSync(OUTPUT).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
  });

  it('prints Chinese diagnostics and no stack trace from npm run build, and exits 1', () => {
    let output = '';
    let status = 0;
    try {
      // The command package.json gives `npm run build`, with the project's Node.
      const [, ...args] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(' ');
      execFileSync(join(ROOT, 'node_modules', '.bin', 'node'), args, {
        cwd: ROOT,
        env: { ...process.env, HUAZHANG_CONTENT: CONTENT },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = failed.stdout + failed.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('binjiang-clinic.md');
    expect(output).toContain('年份');
    expect(output).toContain('dist/ 保持原样');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    // Astro's log is held until the check's verdict and dropped when it rejects the content.
    expect(output).not.toMatch(/\[(build|content|vite|types)\]/);
    expect(existsSync(join(CONTENT, 'dist'))).toBe(false);
  });

  it('stops Astro and publishes nothing when only the checker sees the problem', async () => {
    // An 成就篇 for a dossier that does not exist passes Astro's schema but not the checker, so
    // Astro renders pages while the check runs alongside it.
    writeFileSync(BROKEN, readFileSync(join(FIXTURE_CONTENT, 'achievements', 'binjiang-clinic.md')));
    cpSync(BROKEN, join(CONTENT, 'achievements', 'no-such-dossier.md'));
    const before = snapshot(DIST);
    const result = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent' });
    rmSync(join(CONTENT, 'achievements', 'no-such-dossier.md'));
    expect(result.ok).toBe(false);
    expect(result.failure).toBeUndefined();
    expect(formatDiagnostics(result.diagnostics)).toContain('achievements/no-such-dossier.md');
    // Astro's process was stopped at the check's verdict, or had failed: nothing was indexed or swapped in.
    expect(result.phases.index).toBe(0);
    expect(snapshot(DIST)).toEqual(before);
    expect(readdirSync(OUTPUT).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
  });

  it('renders a large archive only once the check has passed, and nothing of one the check rejects', async () => {
    expect(checksFirst({ files: [], textBytes: 480 * 2 ** 20 })).toBe(true);
    expect(checksFirst({ files: [], textBytes: 48 * 2 ** 20 })).toBe(false);
    cpSync(BROKEN, join(CONTENT, 'achievements', 'no-such-dossier.md'));
    const before = snapshot(DIST);
    const result = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent', checkFirst: true });
    rmSync(join(CONTENT, 'achievements', 'no-such-dossier.md'));
    expect(result).toMatchObject({ ok: false, checkedFirst: true });
    expect(formatDiagnostics(result.diagnostics)).toContain('achievements/no-such-dossier.md');
    // Astro's process may have loaded the content, was never told to render, and was stopped.
    expect(result.phases).toMatchObject({ setup: 0, content: 0, render: 0, index: 0 });
    expect(snapshot(DIST)).toEqual(before);
    expect(readdirSync(OUTPUT).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);

    // Content the check passes is rendered after it: Astro loads the content beside the check,
    // and its pages and the index fit after both.
    const passed = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent', checkFirst: true });
    expect(passed).toMatchObject({ ok: true, checkedFirst: true });
    const { check, setup, content, render, index, total } = passed.phases;
    expect(render).toBeGreaterThan(0);
    expect(Math.max(check, setup + content) + render + index).toBeLessThanOrEqual(total);
  });

  it('survives being killed mid-build: dist/ stays whole, and the next build clears what was left', async () => {
    const before = snapshot(DIST);
    const beside = () => readdirSync(OUTPUT).filter((name) => name.startsWith('.dist-') || name.startsWith('safety-dist.'));
    // The benchmark's build runner takes an output folder; it is killed with Astro's process
    // once the staging folder holds a page, as a closed terminal or a power cut would.
    const build = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'bench', 'build-child.ts'), ROOT, CONTENT, DIST, join(OUTPUT, 'killed.json')], {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    });
    const staging = join(OUTPUT, `.dist-staging-${build.pid}`);
    const exited = new Promise((resolve) => build.on('exit', resolve));
    while (!existsSync(join(staging, 'index.html')) && build.exitCode === null) await sleep(50);
    process.kill(-build.pid!, 'SIGKILL');
    await exited;
    expect(existsSync(staging)).toBe(true);
    expect(snapshot(DIST)).toEqual(before);

    const next = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, logLevel: 'silent' });
    expect(next.ok).toBe(true);
    // The folder the killed build left, and the site just replaced, are deleted by a process the
    // build starts once its own site is in place, and does not wait for.
    await vi.waitFor(
      () => {
        expect(beside()).toEqual([]);
        expect(readdirSync(join(contentCacheDir(ROOT, CONTENT), 'old-sites'))).toEqual([]);
      },
      { timeout: 30_000, interval: 100 },
    );
  });

  it('refuses a bad shard size before building anything', async () => {
    const before = snapshot(DIST);
    const result = await buildSite({ root: ROOT, contentDir: CONTENT, outDir: DIST, env: { HUAZHANG_SEARCH_SHARD_SIZE: 'lots' }, logLevel: 'silent' });
    expect(result).toMatchObject({ ok: false, failure: 'HUAZHANG_SEARCH_SHARD_SIZE 应为 0 或正整数，而不是“lots”' });
    expect(result.phases.setup).toBe(0);
    expect(snapshot(DIST)).toEqual(before);
  });
});
