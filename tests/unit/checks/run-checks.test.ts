import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import type { CheckRule } from '../../../src/lib/checks/types.ts';

describe('runChecks with a rule that breaks', () => {
  it('reports an error naming the rule, never a stack trace or a pass', async () => {
    const broken: CheckRule = {
      id: 'broken-rule',
      description: 'throws',
      check: () => {
        throw new TypeError('x is undefined\n    at y (z.ts:1:1)');
      },
    };
    expect(await runChecks({ root: process.cwd(), rules: [broken] })).toEqual([
      { file: '', field: '', code: 'check.rule-failed', values: { rule: 'broken-rule', detail: 'x is undefined' }, severity: 'error' },
    ]);
  });
});
