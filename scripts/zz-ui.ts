import { launchBrowser } from '/work/main/tests/support/browser.ts';
import { serveSite } from '/work/main/tests/support/serve.ts';
const site = await serveSite(process.argv[2]!);
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('requestfailed', (r) => console.log('failed:', r.url()));
const t0 = performance.now();
await page.goto(`${site.url}search/?q=${encodeURIComponent(process.argv[3] ?? '市级文明单位')}`);
try { await page.waitForSelector('.pagefind-ui__result', { timeout: 20000 }); console.log('results after', Math.round(performance.now() - t0)); } catch (e) { console.log('timeout'); console.log((await page.locator('#search').innerText()).slice(0, 500)); }
await browser.close(); await site.close();
