import { symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../scripts/build.ts';
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
