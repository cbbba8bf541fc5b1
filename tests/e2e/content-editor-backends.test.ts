// The published editor (the fixture site's /admin/) with each kind of repository site.yaml can
// name. Decap CMS checks its configuration against its own schema, with every widget registered,
// before it shows the login page: a configuration it refuses shows 配置错误 instead.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { cmsConfig } from '../../src/lib/cms/config.ts';
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

test.each(EDITING)('Decap CMS accepts the configuration generated for %s', async (_, editing, login) => {
  const config = cmsConfig({ settings: { ...loadSiteSettings(FIXTURE_CONTENT), editing } })!;
  const page = await context.newPage();
  const problems = watchProblems(page);
  // The page as built, with this configuration in place of the fixture's.
  await page.route(new URL(urls.admin().slice(1), site.url).href, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<script type="application\/json" id="cms-config">)[\s\S]*?(<\/script>)/, `$1${JSON.stringify(config)}$2`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(new URL(urls.admin().slice(1), site.url).href, { timeout: 120_000 });
  await page.getByRole('button', { name: login }).waitFor({ timeout: 120_000 });
  expect(await page.getByText('配置错误').count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});
