import { readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from '../../../src/lib/checks/index.ts';
import { buildFixture, FIXTURES } from './run-fixture.ts';

// A rule marked perFile is given the files a batch at a time. If it looked at any file besides the
// one it reports on, a batch of one file would change what it finds on some fixture.
describe('rules that check one file at a time', () => {
  it('are every rule but the five that compare files with each other and the attachments rule, which reads what attachment-links gathered', () => {
    expect(RULES.filter((rule) => !rule.perFile).map((rule) => rule.id).sort()).toEqual(
      ['address-names', 'article-names', 'article-order', 'article-titles', 'attachments', 'dossier-structure'].sort(),
    );
  });

  it('find the same on every fixture whether given one file at a time or all at once', { timeout: 300_000 }, async () => {
    const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.'));
    expect(cases.length).toBeGreaterThan(100);
    let found = 0;
    for (const name of cases) {
      const root = buildFixture(name);
      try {
        const whole = await runChecks({ root, filesAtOnce: Number.MAX_SAFE_INTEGER });
        expect(await runChecks({ root, filesAtOnce: 1 }), name).toEqual(whole);
        found += whole.length;
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    expect(found).toBeGreaterThan(cases.length);
  });
});

describe('the attachments rule', () => {
  it('finds the same run alone as after attachment-links gathered the links batch by batch', async () => {
    const cases = readdirSync(FIXTURES).filter((name) => name.startsWith('attachment-'));
    expect(cases.length).toBeGreaterThan(3);
    const both = RULES.filter((rule) => rule.id === 'attachment-links' || rule.id === 'attachments');
    let found = 0;
    for (const name of cases) {
      const root = buildFixture(name);
      try {
        const alone = await runChecks({ root, rules: both.filter((rule) => rule.id === 'attachments') });
        expect(await runChecks({ root, rules: both, filesAtOnce: 1 }), name).toEqual(alone);
        found += alone.length;
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    expect(found).toBeGreaterThan(3);
  });
});
