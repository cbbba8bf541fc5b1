// Astro's incremental build (astro.config.mjs `experimental.incrementalBuild`) records each keyed
// page's key in `<cacheDir>/incremental-build.json`. On the next build it leaves a page that is
// already in the output folder when the page's key is the one recorded, restores it from a copy
// when it is not there, and renders it otherwise. Astro keeps those copies itself, one per page
// under `<cacheDir>/dist/`, written beside every page it renders: a build from clean wrote each
// page twice, about a twentieth of a 100-dossier build (scripts/bench/README.md).
//
// The published site holds the same pages. So Astro's process writes no copies, and restores a
// page from the published site instead ({@link restorePagesFrom}); before Astro starts, the build
// puts the record of the published site where Astro reads its previous build's
// (spare-site.ts, `startFromPublished`), so a page is restored only under the key it was
// published with. A build that is stopped half-way leaves nothing that a later one would reuse:
// the published site and its record change only when a build swaps its site in.
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Astro keeps its record of the pages it built, and where it kept page copies, under the cache folder given to `build()`. */
export const astroPageRecord = (cacheDir: string) => ({ manifest: join(cacheDir, 'incremental-build.json'), copies: join(cacheDir, 'dist') });

/** A recorded page's file (`outputFile`, URL-encoded, relative to the site) with the platform's separators. */
export const pageFile = (outputFile: string) => outputFile.split('/').map(decodeURIComponent).join(sep);

/** The methods of Astro's `IncrementalBuildCache` that handle page copies, as Astro 7 calls them. */
interface PageCopies {
  restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: unknown, outputFile: string, body: unknown): Promise<void>;
  deleteOutputFile(settings: unknown, outputFile: string): Promise<void>;
}

const COPY_METHODS = ['restoreOutputFile', 'writeOutputFile', 'deleteOutputFile'] as const;

/**
 * Makes Astro's incremental build, in this process, restore pages from `site` and keep no copies
 * of its own. Astro has no setting for this: its class that handles the copies is changed in
 * place, before `build()` first uses it. Returns false, and changes nothing, when the installed
 * Astro does not have that class as Astro 7 does; the caller must then build without Astro's
 * incremental build, whose copies would no longer match the record the build gives it.
 */
export async function restorePagesFrom(site: string): Promise<boolean> {
  const file = new URL('dist/core/build/incremental.js', import.meta.resolve('astro/package.json'));
  const incremental = (await import(file.href).catch(() => undefined)) as { IncrementalBuildCache?: { prototype: Partial<Record<keyof PageCopies, unknown>> } } | undefined;
  const copies = incremental?.IncrementalBuildCache?.prototype;
  if (!copies || !COPY_METHODS.every((name) => typeof copies[name] === 'function')) return false;
  const made = new Set<string>();
  const replacement: PageCopies = {
    async restoreOutputFile(_settings, outputFile, destination) {
      const published = join(site, pageFile(outputFile));
      if (!existsSync(published)) return false;
      const target = fileURLToPath(destination);
      const folder = dirname(target);
      if (!made.has(folder)) await mkdir(folder, { recursive: true });
      made.add(folder);
      await copyFile(published, target);
      return true;
    },
    // The page is published with the site this build swaps in, which the next build restores from.
    async writeOutputFile() {},
    // Astro deletes the copies of pages it no longer builds; there are none.
    async deleteOutputFile() {},
  };
  Object.assign(copies, replacement);
  return true;
}
