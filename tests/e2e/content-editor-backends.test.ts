// The published editor (the fixture site's /admin/) with each kind of repository site.yaml can
// name. Decap CMS checks its configuration against its own schema, with every widget registered,
// before it shows the login page: a configuration it refuses shows its errors instead (in
// English: the locale is part of the configuration it refused).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import type { DecapConfig, DecapField } from '../../src/lib/cms/decap-config.ts';
import type { EditingSettings } from '../../src/lib/schemas/site.ts';
import { loadSiteSettings } from '../../src/lib/site-settings.ts';
import { urls } from '../../src/lib/urls.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { newContext, watchProblems } from './helpers.ts';

// One of each kind of backend (the fixture's own configuration is a self-hosted GitLab); each
// opening of the editor loads Decap CMS afresh, which takes a while.
const EDITING: Array<[string, EditingSettings, RegExp]> = [
  ['GitHub Enterprise through a login service', { backend: 'github', repo: 'bangongshi/huazhang', branch: 'gh-pages', server: 'https://github.example.gov.cn', authServer: 'https://auth.example.gov.cn' }, /GitHub/],
  ['gitlab.com', { backend: 'gitlab', repo: 'bangongshi/wenming/huazhang', branch: 'main', appId: 'abc123' }, /GitLab/],
  ['Gitea', { backend: 'gitea', repo: 'bangongshi/huazhang', branch: 'main', appId: 'abc123', server: 'https://gitea.example.gov.cn' }, /Gitea/],
  ['Forgejo', { backend: 'forgejo', repo: 'bangongshi/huazhang', branch: 'main', appId: 'abc123', server: 'https://forgejo.example.gov.cn' }, /Forgejo/],
];

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  site = await serveSite(FIXTURE_SITE);
  browser = await launchChromium();
  context = await newContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

// Decap's heading over the errors it found in a configuration.
const CONFIG_ERRORS = /^(?:Config Errors|配置错误)/;

/** Opens the fixture site's /admin/ as built, with `config` in place of the fixture's configuration. */
async function openWith(config: DecapConfig): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.route(new URL(urls.admin().slice(1), site.url).href, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<script type="application\/json" id="cms-config">)[\s\S]*?(<\/script>)/, `$1${JSON.stringify(config)}$2`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(new URL(urls.admin().slice(1), site.url).href, { timeout: 120_000 });
  return { page, problems };
}

test.each(EDITING)('Decap CMS accepts the configuration generated for %s', async (_, editing, login) => {
  const { page, problems } = await openWith(cmsConfig({ settings: { ...loadSiteSettings(FIXTURE_CONTENT), editing } })!);
  await page.getByRole('button', { name: login }).waitFor({ timeout: 120_000 });
  expect(await page.getByText(CONFIG_ERRORS).count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test('Decap CMS refuses a configuration its schema does not allow, so the tests above can fail', async () => {
  const config = cmsConfig({ settings: loadSiteSettings(FIXTURE_CONTENT) })!;
  // A select without its options: the award level's field, as a generator that lost the schema's levels would write it.
  const achievements = config.collections.find((collection) => collection.format === 'huazhang-achievements')!;
  const awards = achievements.fields!.find((field) => field.name === 'awards')!;
  const level = (awards.fields as DecapField[]).find((field) => field.name === 'level')!;
  delete level.options;
  const { page } = await openWith(config);
  await page.getByText(CONFIG_ERRORS).first().waitFor({ timeout: 120_000 });
  expect(await page.locator('body').innerText()).toContain("must have required property 'options'");
  await page.close();
});
