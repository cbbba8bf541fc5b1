import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** Every module specifier a TypeScript file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]!);
}

// The scripts are the project's programs; the tests check them. A script that reaches into tests/
// would ship test code with the tools and make a test fixture part of the product.
describe('the scripts', () => {
  it('import nothing from tests/', () => {
    const scripts = join(ROOT, 'scripts');
    const files = readdirSync(scripts, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const intoTests = files.flatMap((file) =>
      specifiers(readFileSync(join(scripts, file), 'utf8'))
        .filter((s) => s.startsWith('.') && relative(ROOT, resolve(dirname(join(scripts, file)), s)).startsWith('tests/'))
        .map((s) => `scripts/${file} → ${s}`),
    );
    expect(intoTests).toEqual([]);
  });
});
