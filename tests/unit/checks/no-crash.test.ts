// Every character an editor can type by accident, at every place that matters, in one content
// folder: the checker must report, never throw or give up on a rule.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { buildFixture } from './run-fixture.ts';

const TYPED = [
  '*', '&', '!', '@', '`', '%', '[', ']', '{', '}', '|', '>', ': ', ' #', '#', '\t', '\u3000', '\u00a0', '：', '"', "'",
  '\r', '\u0000', '\u0007', '\u000b', '\ufeff', '\u200b', '\u2028', '---', '...', '- ', '? ', '~', '<!--', '<script>', '**',
  '[x](', '](C:\\a.jpg)', '\\', '&nbsp;', '2012-01-10', '0x1F', '.inf', 'null', '\n', '\n  ', '\n\t', '<<: ',
];

const root = buildFixture('_base');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `text` with `typed` inserted at `at` (a function of the text) to a content file. */
function write(file: string, text: string, typed: string, at: (text: string) => number): void {
  const i = at(text);
  mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
  writeFileSync(path.join(root, 'content', file), `${text.slice(0, i)}${typed}${text.slice(i)}`);
}

describe('the checker on accidental input', () => {
  it('reports every mutation of an article and an award list without breaking', async () => {
    const article = readFileSync(path.join(root, 'content/management/demo/01-first.md'), 'utf8');
    const awards = readFileSync(path.join(root, 'content/achievements/demo.md'), 'utf8');
    const overview = readFileSync(path.join(root, 'content/dossiers/demo.md'), 'utf8');
    const places: ((text: string) => number)[] = [
      () => 0,
      (t) => t.indexOf('title:'),
      (t) => t.indexOf(': ') + 2,
      (t) => t.indexOf('\n', t.indexOf('title:')),
      (t) => t.lastIndexOf('---'),
      (t) => t.length,
    ];
    let n = 0;
    for (const typed of TYPED) {
      for (const at of places) {
        n += 1;
        const slug = `f${n}`;
        write(`management/demo/${String(n + 10).padStart(3, '0')}-fuzz.md`, article, typed, at);
        write(`dossiers/${slug}.md`, overview, typed, at);
        write(`achievements/${slug}.md`, awards, typed, (t) => (at(t) === 0 ? t.indexOf('    years:') : at(t)));
      }
    }
    const diagnostics = await runChecks({ root });
    expect(diagnostics.filter((d) => d.code === 'check.rule-failed')).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(n);
  }, 60_000);
});
