import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/serve.ts';
const site = await serveSite(process.argv[2]!);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(site.url);
const out = await page.evaluate(`(async () => { const pf = await import('./pagefind/pagefind.js'); await pf.options({baseUrl:'/'}); const r = await pf.search(${JSON.stringify(process.argv[3])}); return Promise.all(r.results.map(async x => { const d = await x.data(); return [d.url, x.score, JSON.stringify(x.words), d.excerpt.slice(0,80)]; })); })()`);
console.log(out);
await browser.close(); await site.close();
