/**
 * Class names the print view gives its 目录 (print.astro) and `npm run pdf` fills in
 * (contents-pages.ts): the list, and each entry's place for its page number. Kept apart from the
 * printing code so that the page does not bundle the PDF reader.
 */
export const PRINT_CONTENTS = { list: 'print-toc', page: 'toc-page' } as const;
