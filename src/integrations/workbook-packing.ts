import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The fflate that stores parts uncompressed, for the Excel library alone. */
const STORED_ZIP = fileURLToPath(new URL('../lib/downloads/stored-zip.ts', import.meta.url));

/** Whether a module is one of the write-excel-file package's own files. */
const inExcelLibrary = (importer: string) => /[\\/]node_modules[\\/]write-excel-file[\\/]/.test(importer);

/**
 * Sends write-excel-file's imports of `fflate` to src/lib/downloads/stored-zip.ts, so the workbooks
 * it packs are not compressed twice (see there). Every other module keeps fflate as it is,
 * including the award downloads' own code, which unpacks and packs the workbook again.
 */
export function storedWorkbookParts(): Plugin {
  return {
    name: 'huazhang:stored-workbook-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'fflate' && importer !== undefined && inExcelLibrary(importer) ? STORED_ZIP : undefined;
    },
  };
}

/**
 * Packs award workbooks without the compression the build undoes. The Excel library is bundled
 * into the pages' code instead of loaded from node_modules as it is, in the build's and the dev
 * server's environments alike, since only a bundled module's imports pass through the plugin.
 */
export function workbookPacking(): AstroIntegration {
  return {
    name: 'huazhang:workbook-packing',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [storedWorkbookParts()], resolve: { noExternal: ['write-excel-file'] } } });
      },
    },
  };
}
