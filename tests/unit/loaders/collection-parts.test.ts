// src/content.config.ts has Node load the collections' code as it is, without Vite. This runs that
// load in a plain Node process, outside the test runner's own transform, so that a module added
// to the collections' code which needs Vite (an `astro:` import, `import.meta.env`, a value from
// the config's `vite.define`) fails here, naming itself, and not as a build that cannot load its
// content config.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../../src/lib/schemas/index.ts';
import * as parts from '../../../src/loaders/collection-parts.ts';

const partsFile = fileURLToPath(new URL('../../../src/loaders/collection-parts.ts', import.meta.url));

describe('the collections’ code', () => {
  it('loads in plain Node through require, as the content config loads it', () => {
    const script = `const parts = require(${JSON.stringify(partsFile)}); console.log(JSON.stringify(Object.keys(parts).sort()));`;
    const printed = execFileSync(process.execPath, ['--input-type=commonjs', '--eval', script], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual(Object.keys(parts).sort());
  });

  it('hands the content config the very schemas the checker and the scripts use', () => {
    expect(parts.DossierSchema).toBe(schemas.DossierSchema);
    expect(parts.SectionFileSchema).toBe(schemas.SectionFileSchema);
    expect(parts.AchievementsSchema).toBe(schemas.AchievementsSchema);
  });
});
