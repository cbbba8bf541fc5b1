import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

const DIAGNOSTICS = path.join(ROOT, 'src', 'lib', 'diagnostics');

/** The relative `.ts` modules a file imports or re-exports; `runtime` leaves out `import type`. */
function importsOf(file: string, runtime: boolean): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+\.ts)';/gms)) {
    if (runtime && match[1]) continue;
    found.push(path.resolve(path.dirname(file), match[2]!));
  }
  return found;
}

function reachable(entry: string, runtime: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file, runtime).forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('the diagnostics modules', () => {
  it('import one another without a cycle, types included', () => {
    const modules = readdirSync(DIAGNOSTICS, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(DIAGNOSTICS, name));
    expect(modules.length).toBeGreaterThan(5);
    const cycles = modules.filter((file) => importsOf(file, false).some((dependency) => reachable(dependency, false).has(file)));
    expect(cycles.map((file) => path.relative(DIAGNOSTICS, file))).toEqual([]);
  });

  it('keep the importer\'s and the scaffold\'s messages out of what the site\'s schemas load', () => {
    const loaded = [...reachable(path.join(ROOT, 'src', 'lib', 'schemas', 'index.ts'), true)].map((file) => path.relative(ROOT, file));
    expect(loaded).toContain('src/lib/diagnostics/messages/content.ts');
    expect(loaded.filter((file) => /messages\/(import|scaffold|index)\.ts$/.test(file))).toEqual([]);
  });
});
