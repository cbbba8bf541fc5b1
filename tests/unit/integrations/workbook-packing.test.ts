import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { storedWorkbookParts, workbookPacking } from '../../../src/integrations/workbook-packing.ts';

const storedZip = fileURLToPath(new URL('../../../src/lib/downloads/stored-zip.ts', import.meta.url));
const resolve = (source: string, importer?: string) => {
  const hook = storedWorkbookParts().resolveId as (source: string, importer: string | undefined) => string | undefined;
  return hook(source, importer);
};

describe('storedWorkbookParts', () => {
  it('sends the Excel library’s imports of fflate to the storing fflate, on either kind of path', () => {
    expect(resolve('fflate', '/site/node_modules/write-excel-file/modules/zip/zipToArrayBuffer.js')).toBe(storedZip);
    expect(resolve('fflate', 'C:\\site\\node_modules\\write-excel-file\\modules\\export\\convertFilesContentToUint8Arrays.js')).toBe(storedZip);
  });

  it('leaves every other import alone', () => {
    expect(resolve('fflate', '/site/src/lib/downloads/award-xlsx.ts')).toBeUndefined();
    expect(resolve('fflate', storedZip)).toBeUndefined();
    expect(resolve('fflate', '/site/node_modules/read-excel-file/modules/read/unpackXlsxFile.js')).toBeUndefined();
    expect(resolve('fflate')).toBeUndefined();
    expect(resolve('write-excel-file/universal', '/site/src/lib/downloads/award-xlsx.ts')).toBeUndefined();
  });
});

describe('workbookPacking', () => {
  it('adds the plugin and bundles the Excel library, so that its imports pass through it', () => {
    const updates: unknown[] = [];
    const setup = workbookPacking().hooks['astro:config:setup'] as (options: { updateConfig: (config: unknown) => void }) => void;
    setup({ updateConfig: (config) => updates.push(config) });
    expect(updates).toEqual([{ vite: { plugins: [expect.objectContaining({ name: 'huazhang:stored-workbook-parts' })], resolve: { noExternal: ['write-excel-file'] } } }]);
  });
});
