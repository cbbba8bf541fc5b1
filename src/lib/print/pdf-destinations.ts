import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The page (1-based) each named destination of a PDF points at. Chromium names a destination
 * after the `id` of every element a link in the document points at, so for a printed page these
 * are the pages its in-page links (`#preface`, `#service-xinxi`) lead to.
 *
 * @example await destinationPages(pdfBytes) // Map { 'preface' => 3, 'management' => 4, … }
 */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  // pdf.js takes ownership of the buffer it is given; a copy leaves the caller's bytes intact.
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    const pages = new Map<string, number>();
    for (const [name, destination] of Object.entries(destinations)) {
      const target = destination?.[0];
      if (target === undefined || target === null) continue;
      const index = typeof target === 'number' ? target : await document.getPageIndex(target as { num: number; gen: number });
      pages.set(name, index + 1);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
