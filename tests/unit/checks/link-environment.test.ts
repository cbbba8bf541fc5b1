import { rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { internalLinksRule } from '../../../src/lib/checks/rules/internal-links.ts';
import { buildFixture } from './run-fixture.ts';

const broken = async (env: Record<string, string>) => {
  const root = buildFixture('link-base-path');
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const diagnostics = await runChecks({ root, env, rules: [internalLinksRule] });
  return diagnostics.map((d) => d.values.url);
};

describe('the link rule under the build environment', () => {
  it('reads links under BASE_PATH, which wins over site.yaml as it does for the build', async () => {
    const urls = await broken({ BASE_PATH: '/other/' });
    // Written with the base of site.yaml, which this build does not use.
    expect(urls).toContain('/huazhang/demo/creation/');
    expect(urls).not.toContain('/demo/service/');
  });

  it("checks full addresses only under SITE_URL's site root", async () => {
    expect(await broken({})).toContain('https://example.gov.cn/huazhang/awards/2030/');
    expect(await broken({ SITE_URL: 'https://elsewhere.example.org' })).not.toContain('https://example.gov.cn/huazhang/awards/2030/');
  });
});
