import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentPaths, parseContentPath } from '../../src/lib/content-paths.ts';
import { syntheticDossier, syntheticSiteSettings } from './synthetic/index.ts';

/** Bump when the generator changes, so cached corpora are regenerated. */
const GENERATOR_VERSION = 1;

/** What a written corpus holds. */
export interface CorpusSummary {
  dossiers: number;
  files: number;
  bytes: number;
  /** CJK characters across all files. */
  cjk: number;
  awards: number;
  /** Milliseconds spent writing it (0 when an identical corpus was already there). */
  milliseconds: number;
}

const CJK = /[\u3400-\u9fff]/g;

/**
 * Writes a synthetic corpus of `dossiers` dossiers into `contentDir` (replacing what is there),
 * or reuses it when the same generator version, seed and size were written before.
 */
export async function writeCorpus(contentDir: string, dossiers: number, seed: number): Promise<CorpusSummary> {
  const started = performance.now();
  // The marker sits beside the folder, not in it, so the content checker never sees it.
  const marker = `${contentDir}.json`;
  const key = { version: GENERATOR_VERSION, seed, dossiers };
  if (existsSync(marker)) {
    const saved = JSON.parse(await readFile(marker, 'utf8')) as { key: typeof key; summary: CorpusSummary };
    if (JSON.stringify(saved.key) === JSON.stringify(key)) return { ...saved.summary, milliseconds: 0 };
  }
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(contentDir, { recursive: true });
  const summary: CorpusSummary = { dossiers, files: 1, bytes: 0, cjk: 0, awards: 0, milliseconds: 0 };
  const site = syntheticSiteSettings(dossiers);
  await writeFile(join(contentDir, contentPaths.site()), site);
  summary.bytes += Buffer.byteLength(site);
  const folders = new Set<string>();
  for (let number = 1; number <= dossiers; number++) {
    const files = syntheticDossier(seed, number);
    for (const file of files) {
      const path = join(contentDir, file.path);
      const folder = dirname(path);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      await writeFile(path, file.text);
      summary.files++;
      summary.bytes += Buffer.byteLength(file.text);
      summary.cjk += file.text.match(CJK)?.length ?? 0;
      if (parseContentPath(file.path)?.kind === 'achievements') summary.awards += file.text.match(/^ {2}- title: /gm)?.length ?? 0;
    }
  }
  summary.milliseconds = Math.round(performance.now() - started);
  await writeFile(marker, JSON.stringify({ key, summary }, null, 2));
  return summary;
}
