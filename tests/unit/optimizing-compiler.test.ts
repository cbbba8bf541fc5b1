import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../fixtures/compiler/hot-loop.ts', import.meta.url));

/** Whether V8 compiled with TurboFan before and after the fixture's pause, in a process of its own. */
function turbofan(flags: string[], ...args: string[]): { before: boolean; after: boolean } {
  const output = execFileSync(process.execPath, ['--trace-opt', ...flags, script, ...args], { encoding: 'utf8' });
  const [before, after] = output.split(/^pause$/m);
  const compiled = (lines = '') => /target TURBOFAN/.test(lines);
  return { before: compiled(before), after: compiled(after) };
}

describe('deferOptimizingCompiler', () => {
  it('holds back TurboFan for the time given, then lets it compile', () => {
    // Without it, the same loop is compiled before the pause: otherwise the test could not fail.
    expect(turbofan([]).before).toBe(true);
    expect(turbofan([], 'defer')).toEqual({ before: false, after: true });
  });

  it('lets TurboFan in at once when released', () => {
    // Held back for a minute, released at the pause.
    expect(turbofan([], 'release')).toEqual({ before: false, after: true });
  });

  it('keeps the compiler off in a process started without it', () => {
    expect(turbofan(['--no-turbofan'], 'defer')).toEqual({ before: false, after: false });
    expect(turbofan(['--no-turbofan'], 'release')).toEqual({ before: false, after: false });
  });
});

/** The modules `file` imports before its body runs: every static import that is not of types only. */
function staticImports(file: URL): string[] {
  const source = ts.createSourceFile(fileURLToPath(file), readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) =>
    ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword && ts.isStringLiteral(statement.moduleSpecifier) ? [statement.moduleSpecifier.text] : [],
  );
}

describe("the entries of a build's processes", () => {
  // V8 keeps a module's compiled code only for the compiler settings it was compiled under: a module
  // compiled with TurboFan held back in one process was compiled again in the next that loaded it
  // with TurboFan on, and the cache flipped between the two on every build.
  const entries = ['../../scripts/build/start.ts', '../../scripts/bench/build-child.ts', '../../scripts/astro-build-child.ts', '../../src/lib/checks/check-process-start.ts', '../../scripts/build/record-modules.ts'];

  it.each(entries)('%s loads nothing but the switch before it holds TurboFan back', (entry) => {
    const file = new URL(entry, import.meta.url);
    const loaded = staticImports(file).filter((specifier) => !specifier.startsWith('node:'));
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatch(/\/optimizing-compiler\.ts$/);
    const text = readFileSync(file, 'utf8');
    expect(text.indexOf('deferOptimizingCompiler();')).toBeGreaterThan(-1);
    expect(text.indexOf('deferOptimizingCompiler();')).toBeLessThan(text.search(/await (import|Promise\.all)\(/));
  });
});
