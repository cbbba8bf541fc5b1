// npm run pdf -- <dossier>: prints a dossier's print view to dist/<dossier>.pdf with the system
// Chromium, served from a loopback server. dist/ is rebuilt first when it is missing or older than the content or the site code,
// so the PDF always shows what the site would show.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser/chromium.ts';
import { serveSite } from './browser/static-server.ts';
import { buildSite } from './build.ts';
import { contentDirFromEnv, loadSiteSettings } from '../src/lib/site-settings.ts';
import { urls, withBase } from '../src/lib/urls.ts';
import { printWithContentsPages } from '../src/lib/print/contents-pages.ts';
import { closest } from '../src/lib/checks/closest.ts';

/** What {@link printDossier} prints and where. */
export interface PrintOptions {
  /** A built site (the contents of `dist/`). */
  siteDir: string;
  /** The site's base path, as in `site.yaml`. @default '/' */
  base?: string;
  /** The dossier slug, e.g. `huangzhou-office`. */
  dossier: string;
  /** The PDF to write. */
  outFile: string;
}

/**
 * Prints the print view of one dossier of a built site to an A4 PDF, with a document outline
 * and tags so the PDF stays navigable and readable by screen readers, page numbers in the footer
 * and, in the 目录, the page of every entry. Returns the 目录 entries that got no page number.
 *
 * @example await printDossier({ siteDir: 'dist', dossier: 'huangzhou-office', outFile: 'dist/huangzhou-office.pdf' })
 */
export async function printDossier(options: PrintOptions): Promise<{ unnumbered: string[] }> {
  const siteDir = resolve(options.siteDir);
  const base = options.base ?? '/';
  const page = withBase(base, urls.print(options.dossier));
  if (!existsSync(join(siteDir, page.slice(base.length), 'index.html'))) {
    throw new Error(`${options.dossier} 没有打印页（${page}）：请检查纪实名称，或先运行 npm run build。`);
  }
  const site = await serveSite(siteDir, base);
  const browser = await launchChromium();
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(new URL(page, site.url).href, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print', colorScheme: 'light' });
    const { pdf, unnumbered } = await printWithContentsPages(tab, () =>
      tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }),
    );
    await writeFile(options.outFile, pdf);
    return { unnumbered };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The newest modification time of any file under `path`, in ms. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * The dossiers a built site can print: those with a print view, by slug, in alphabetical order.
 *
 * @example printableDossiers('dist') // ['huangzhou-office']
 */
export function printableDossiers(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(siteDir, urls.print(entry.name), 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** What to say when the dossier asked for is not one the site can print: the ones it can, and the likeliest meant. */
export function unknownDossierMessage(asked: string | undefined, known: readonly string[]): string {
  const lines = [asked === undefined ? '请指定要打印的纪实，例如：npm run pdf -- <纪实名称>' : `没有名为“${asked}”的纪实，未打印 PDF。`];
  if (known.length === 0) {
    lines.push('网站里还没有纪实：先在 content/ 里添加一份（npm run new -- <纪实名称>）。');
    return lines.join('\n');
  }
  const meant = asked === undefined ? undefined : (closest(asked, known) ?? known.find((slug) => slug.includes(asked.toLowerCase())));
  if (meant) lines.push(`您是不是要打印 ${meant}？npm run pdf -- ${meant}`);
  lines.push(`可以打印的纪实（共 ${known.length} 份）：`, ...known.map((slug) => `  ${slug}`));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dossier = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const contentDir = contentDirFromEnv(root);
  const siteDir = join(root, 'dist');
  const built = join(siteDir, 'index.html');
  const sources = Math.max(newest(contentDir), newest(join(root, 'src')), newest(join(root, 'astro.config.mjs')));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('dist/ 不存在或早于内容和代码，先重新生成网站……');
    const result = await buildSite({ root, contentDir, logLevel: 'warn' });
    if (!result.ok) {
      console.error(`网站生成失败，未打印 PDF。请先运行 npm run build 查看问题。${result.failure ? `\n${result.failure}` : ''}`);
      process.exitCode = 1;
      return;
    }
  }
  const known = printableDossiers(siteDir);
  if (dossier === undefined || !known.includes(dossier)) {
    console.error(unknownDossierMessage(dossier, known));
    process.exitCode = 1;
    return;
  }
  const outFile = join(siteDir, `${dossier}.pdf`);
  try {
    const { unnumbered } = await printDossier({ siteDir, base: loadSiteSettings(contentDir).base, dossier, outFile });
    if (unnumbered.length > 0) console.warn(`注意：目录里这些条目在 PDF 中找不到，没有页码：${unnumbered.join('、')}`);
    console.log(`已生成 ${outFile}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
