import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { AWARD_DOWNLOAD_COLUMNS, awardSheet, type AwardRow } from '../dossiers/award-columns.ts';
import { t } from '../i18n.ts';

/** The MIME type of the Excel downloads. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Column widths in characters, wide enough for typical values: a year range, a long award title,
// a unit's name. Excel counts a Chinese character as two.
const WIDTHS: Record<(typeof AWARD_DOWNLOAD_COLUMNS)[number], number> = { years: 12, title: 48, level: 10, unit: 28, issuer: 28, note: 30 };

/**
 * An award list as an Excel workbook of one sheet: the same rows and columns as the CSV download's,
 * every cell text (so `2009-2011` stays a range, never a date or a sum), the header row bold and
 * frozen.
 */
export async function awardXlsx(awards: readonly AwardRow[]): Promise<Buffer> {
  const [header, ...rows] = awardSheet(awards);
  const data = [
    header!.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => ({ value, type: String }))),
  ];
  // The library's Node build packs the workbook through a stream that takes about 7 MB of buffers
  // outside the heap for each workbook; this build packs it at once, with a seventh of that. Memory
  // outside the heap is what makes V8 collect the whole heap, which at a large archive is most of
  // the build (see the 10,000-dossier figures in scripts/bench/README.md).
  const workbook = await writeXlsxFile(data, {
    sheet: t('awards.heading'),
    columns: AWARD_DOWNLOAD_COLUMNS.map((column) => ({ width: WIDTHS[column] })),
    stickyRowsCount: 1,
  }).toBlob();
  return reproducible(new Uint8Array(await workbook.arrayBuffer()));
}

// The same awards must give the same bytes, so a rebuild publishes nothing new and caches stay
// valid; the workbook's zip stamps each part with the time it was written.
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * The workbook again, every part stamped with one fixed time instead of the time of writing. The
 * parts are compressed by Node's zlib, several times faster than doing it in JavaScript: a site
 * writes one workbook per unit, and at a thousand units that was a third of the page rendering.
 * In a build the library hands its parts over stored, not compressed (stored-zip.ts); whichever
 * way they come, the result is the same bytes.
 */
export function reproducible(workbook: Uint8Array): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [filename, bytes] of Object.entries(unzipSync(workbook))) {
    // 8 is deflate in the zip format's numbering of compression methods.
    const part: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: 8, mtime: FIXED_TIME };
    zip.add(part);
    part.ondata!(null, deflated(filename, bytes), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** Each part's text in the workbook packed last, and that text compressed. */
const lastParts = new Map<string, { bytes: Uint8Array; deflated: Uint8Array<ArrayBuffer> }>();

/**
 * A part compressed, reusing the last workbook's when the part is the same byte for byte: six of a
 * workbook's eight parts (its styles, relations and content types) never change, and a site packs
 * one workbook per unit. Each compression with zlib sets up its tables outside the heap, which at
 * 1,000 units was most of the packing's time and made V8 collect the whole heap more often.
 */
function deflated(filename: string, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const last = lastParts.get(filename);
  if (last && Buffer.from(last.bytes.buffer, last.bytes.byteOffset, last.bytes.byteLength).equals(bytes)) return last.deflated;
  const packed = deflateRawSync(bytes);
  lastParts.set(filename, { bytes, deflated: packed });
  return packed;
}
