import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localModuleGraph, rendererFingerprint } from '../../../src/lib/markdown/render-fingerprint.ts';
import { ROOT } from '../../support/paths.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-fingerprint-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('localModuleGraph', () => {
  it("follows the body renderer's imports through the project's modules, not into packages", () => {
    const graph = localModuleGraph(join(ROOT, 'src', 'lib', 'markdown', 'render.ts')).map((file) => relative(ROOT, file));
    expect(graph).toEqual(expect.arrayContaining(['src/lib/markdown/render.ts', 'src/lib/markdown/index.ts', 'src/lib/markdown/rehype-content-files.ts', 'src/lib/markdown/sanitize-schema.ts', 'src/lib/urls.ts', 'src/lib/constants.ts']));
    expect(graph.every((file) => file.startsWith('src/'))).toBe(true);
  });
});

describe('rendererFingerprint', () => {
  it('changes when the renderer, a module it imports, the config, the lockfile or the installed tree changes', async () => {
    const markdown = join(dir, 'src', 'lib', 'markdown');
    await mkdir(markdown, { recursive: true });
    await writeFile(join(markdown, 'render.ts'), "import { plugin } from './plugin.ts';\nexport const render = plugin;\n");
    await writeFile(join(markdown, 'plugin.ts'), 'export const plugin = 1;\n');
    await writeFile(join(dir, 'astro.config.mjs'), 'export default {};\n');
    await writeFile(join(dir, 'package-lock.json'), '{}\n');
    const fingerprints = [rendererFingerprint(dir)];
    await writeFile(join(markdown, 'plugin.ts'), 'export const plugin = 2;\n');
    fingerprints.push(rendererFingerprint(dir));
    await writeFile(join(dir, 'astro.config.mjs'), 'export default { markdown: {} };\n');
    fingerprints.push(rendererFingerprint(dir));
    await writeFile(join(dir, 'package-lock.json'), '{ "v": 2 }\n');
    fingerprints.push(rendererFingerprint(dir));
    // npm reinstalled a package without the lockfile changing (node_modules did not match it).
    await mkdir(join(dir, 'node_modules'), { recursive: true });
    await writeFile(join(dir, 'node_modules', '.package-lock.json'), '{ "packages": { "node_modules/unified": { "version": "11.0.5" } } }\n');
    fingerprints.push(rendererFingerprint(dir));
    await writeFile(join(dir, 'node_modules', '.package-lock.json'), '{ "packages": { "node_modules/unified": { "version": "11.0.4" } } }\n');
    fingerprints.push(rendererFingerprint(dir));
    expect(new Set(fingerprints).size).toBe(6);
    await writeFile(join(markdown, 'unrelated.ts'), 'export const x = 1;\n');
    expect(rendererFingerprint(dir)).toBe(fingerprints[5]);
  });
});
