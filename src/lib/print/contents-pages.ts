import type { Page } from 'playwright-core';
import { PRINT_CONTENTS } from './contents-names.ts';
import { destinationPages } from './pdf-destinations.ts';

/** A PDF of the print view with the page numbers of its 目录 written in. */
export interface PagedPdf {
  pdf: Buffer;
  /** Entries of the 目录 whose target the PDF does not show, so they have no page number. */
  unnumbered: string[];
}

/** How often the contents are renumbered before the layout is taken to be unstable. */
const MAX_PASSES = 3;

/**
 * Prints a page that shows the print view to PDF, with the page each 目录 entry leads to written
 * after it. Chromium cannot number pages in CSS (`target-counter()` is not supported), so the page
 * is printed once, the PDF's named destinations tell where each entry's target landed, the numbers
 * are written into the page, and it is printed again. The numbers' place has a fixed width, so
 * writing them moves nothing; the pages are read back to make sure, and printing stops with an
 * error rather than writing a 目录 that is wrong.
 *
 * @param print prints the page as it is now, e.g. `() => tab.pdf({ format: 'A4' })`
 */
export async function printWithContentsPages(tab: Page, print: () => Promise<Buffer>): Promise<PagedPdf> {
  await tab.evaluate((list) => document.querySelector(`.${list}`)?.setAttribute('data-paged', ''), PRINT_CONTENTS.list);
  let pdf = await print();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const pages = Object.fromEntries(await destinationPages(pdf));
    const result = await tab.evaluate(
      ({ pages, names }) => {
        let changed = false;
        const unnumbered: string[] = [];
        for (const link of document.querySelectorAll<HTMLAnchorElement>(`.${names.list} a[href^="#"]`)) {
          const slot = link.querySelector(`.${names.page}`);
          if (!slot) continue;
          const page = pages[decodeURIComponent(link.hash.slice(1))];
          if (page === undefined) unnumbered.push(link.textContent?.trim() ?? link.hash);
          const text = page === undefined ? '' : String(page);
          if (slot.textContent !== text) {
            slot.textContent = text;
            changed = true;
          }
        }
        return { changed, unnumbered };
      },
      { pages, names: PRINT_CONTENTS },
    );
    if (!result.changed) return { pdf, unnumbered: result.unnumbered };
    pdf = await print();
  }
  throw new Error(`目录的页码排了 ${MAX_PASSES} 次仍不稳定，未生成 PDF。请把这份纪实反馈给网站维护人员。`);
}
