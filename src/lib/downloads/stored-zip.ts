// fflate as the Excel library sees it (src/integrations/workbook-packing.ts sends write-excel-file's
// imports of `fflate` here): everything as fflate has it, except that its two ways to pack a zip
// store the parts instead of compressing them. The library compresses every part of a workbook,
// and award-xlsx.ts unpacks each and compresses it again with Node's zlib under a fixed time, so
// the first compression was thrown away: at 1,000 dossiers about a second of Astro's thread, and
// the typed arrays it takes outside the heap made V8 collect the whole heap more often. Stored
// parts unpack by copying. The workbook published is the same byte for byte either way.
import { zip as packZip, zipSync as packZipSync, type AsyncTerminable, type AsyncZipOptions, type AsyncZippable, type FlateCallback, type ZipOptions, type Zippable } from 'fflate';

export * from 'fflate';

/** Compression level 0: fflate stores the part as it is. */
const STORED = { level: 0 } as const;

/** fflate's `zip`, with every part stored. */
export function zip(data: AsyncZippable, callback: FlateCallback): AsyncTerminable;
export function zip(data: AsyncZippable, options: AsyncZipOptions, callback: FlateCallback): AsyncTerminable;
export function zip(data: AsyncZippable, options: AsyncZipOptions | FlateCallback, callback?: FlateCallback): AsyncTerminable {
  return typeof options === 'function' ? packZip(data, STORED, options) : packZip(data, { ...options, ...STORED }, callback!);
}

/** fflate's `zipSync`, with every part stored. */
export function zipSync(data: Zippable, options: ZipOptions = {}): Uint8Array {
  return packZipSync(data, { ...options, ...STORED });
}
