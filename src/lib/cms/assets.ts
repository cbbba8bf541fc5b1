import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { urls } from '../urls.ts';

/**
 * Where Decap CMS's script and the chunks it loads are published, under the site root. The
 * version is part of the address, so a browser never mixes a cached script with another
 * version's chunks.
 */
export function decapFolder(): string {
  return `${urls.admin()}decap-${decapVersion()}/`;
}

/** The address of Decap CMS's main script, under the site root. */
export function decapScript(): string {
  return `${decapFolder()}decap-cms.js`;
}

const require = createRequire(import.meta.url);

function decapPackage(): { dir: string; version: string } {
  const manifest = require.resolve('decap-cms/package.json');
  const { version } = require(manifest) as { version: string };
  return { dir: join(dirname(manifest), 'dist'), version };
}

/** The installed Decap CMS version. */
export function decapVersion(): string {
  return decapPackage().version;
}

/** The folder of Decap CMS's prebuilt files in `node_modules`. */
export function decapDist(): string {
  return decapPackage().dir;
}

// The prebuilt bundle, the chunks and WebAssembly it loads on demand, and its licence notice; the
// package's other build (cms.js) and the source maps are not served.
const SERVED = /^(?:decap-cms\.js(?:\.LICENSE\.txt)?|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/;

/** The names of the files of {@link decapDist} the site publishes in {@link decapFolder}. */
export function decapFiles(): string[] {
  return readdirSync(decapDist())
    .filter((name) => SERVED.test(name))
    .sort();
}
