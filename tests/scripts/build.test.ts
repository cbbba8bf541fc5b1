import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroAllocatorEnv, contentCacheDir } from '../../scripts/build.ts';
import { ROOT } from '../support/paths.ts';
import { testFolder } from '../support/test-folder.ts';

describe('the content cache', () => {
  // A content folder kept outside the project, as an office may keep its dossiers on a shared drive.
  const outside = join(tmpdir(), 'dossiers', 'content');

  it('is the same for every build of one content folder from one project folder', () => {
    expect(contentCacheDir(ROOT, outside)).toBe(contentCacheDir(ROOT, outside));
  });

  it('is another one when the project is built from another folder, where the files Astro recorded relative to the project are elsewhere', () => {
    // The same project reached at another depth, as after a move or from a second checkout that shares its node_modules.
    const moved = join(testFolder('huazhang-project-'), 'project');
    symlinkSync(ROOT, moved, 'dir');
    expect(basename(contentCacheDir(moved, outside))).not.toBe(basename(contentCacheDir(ROOT, outside)));
  });
});

describe("the allocator settings of Astro's process", () => {
  // What Linux says of a process's transparent huge pages: 1 while they may be used, 0 once turned off.
  const hugePagesOf = (env: NodeJS.ProcessEnv) => {
    // Astro's compiler, as Astro resolves it, starts its allocator as it loads; the allocator reads its settings then.
    const compiler = createRequire(import.meta.resolve('astro')).resolve('@astrojs/compiler-rs');
    const script = `await import(${JSON.stringify(pathToFileURL(compiler).href)}); console.log(/^THP_enabled:\\s*(\\d)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; ${script}`], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.trim();
  };
  const { MIMALLOC_ALLOW_THP: _, ...withoutSetting } = process.env;
  const linux = existsSync('/proc/self/status') && readFileSync('/proc/self/status', 'utf8').includes('THP_enabled');

  it('turn off huge pages unless the user has chosen', () => {
    expect(astroAllocatorEnv({})).toEqual({ MIMALLOC_ALLOW_THP: '0' });
    expect(astroAllocatorEnv({ MIMALLOC_ALLOW_THP: '1' })).toEqual({ MIMALLOC_ALLOW_THP: '1' });
  });

  it.runIf(linux)('are the ones its native modules read', () => {
    expect(hugePagesOf(withoutSetting)).toBe('1');
    expect(hugePagesOf({ ...withoutSetting, ...astroAllocatorEnv(withoutSetting) })).toBe('0');
  });
});
