import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/serve.ts';
const site = await serveSite(process.argv[2]!);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(site.url);
for (const q of process.argv.slice(3)) {
  const n = await page.evaluate(`(async () => { const pf = await import('./pagefind/pagefind.js'); const r = await pf.search(${JSON.stringify(q)}); return r.results.length; })()`);
  const seg = await page.evaluate(`[...new Intl.Segmenter('zh-cn', {granularity: 'word'}).segment(${JSON.stringify(q)})].map(s => s.segment).join('|')`);
  console.log(q, seg, n);
}
await browser.close(); await site.close();
