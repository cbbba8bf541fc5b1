import { describe, expect, it } from 'vitest';
import { unzipSync, zip as fflateZip, zipSync as fflateZipSync, strToU8, type AsyncZipOptions, type Zippable } from 'fflate';
import { strToU8 as shimStrToU8, unzipSync as shimUnzipSync, zip, zipSync } from '../../../src/lib/downloads/stored-zip.ts';
import { reproducible } from '../../../src/lib/downloads/award-xlsx.ts';

// A part long and repetitive enough that any compression would shrink it.
const parts = (): Zippable => ({
  '[Content_Types].xml': strToU8('<Types>' + '<Default Extension="xml"/>'.repeat(200) + '</Types>'),
  'xl/worksheets/sheet1.xml': strToU8('<row><c t="inlineStr"><is><t>全国文明单位</t></is></c></row>'.repeat(300)),
});

/** The compression method of every part, from the zip's central directory: 0 stored, 8 deflated. */
function methods(archive: Uint8Array): number[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  // The end record is the last 22 bytes when the archive has no comment, as both packers write it.
  const end = archive.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const found: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let part = 0; part < view.getUint16(end + 10, true); part++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    found.push(view.getUint16(at + 10, true));
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

const packAsync = (pack: typeof fflateZip, options?: AsyncZipOptions) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const done = (error: Error | null, archive: Uint8Array) => (error ? reject(error) : resolve(archive));
    if (options) pack(parts(), options, done);
    else pack(parts(), done);
  });

describe('stored-zip', () => {
  it('stores every part where fflate compresses it, with or without options', async () => {
    expect(methods(await packAsync(fflateZip))).toEqual([8, 8]);
    expect(methods(await packAsync(zip))).toEqual([0, 0]);
    expect(methods(await packAsync(zip, { level: 9, mtime: new Date('2020-01-01') }))).toEqual([0, 0]);
    expect(methods(fflateZipSync(parts()))).toEqual([8, 8]);
    expect(methods(zipSync(parts()))).toEqual([0, 0]);
    expect(methods(zipSync(parts(), { level: 6 }))).toEqual([0, 0]);
  });

  it('holds the same parts, and leaves the rest of fflate as it is', async () => {
    const expected = Object.fromEntries(Object.entries(parts()).map(([name, bytes]) => [name, Buffer.from(bytes as Uint8Array).toString('hex')]));
    for (const archive of [await packAsync(zip), zipSync(parts())]) {
      const unpacked = unzipSync(archive);
      expect(Object.fromEntries(Object.entries(unpacked).map(([name, bytes]) => [name, Buffer.from(bytes).toString('hex')]))).toEqual(expected);
    }
    expect(shimUnzipSync).toBe(unzipSync);
    expect(shimStrToU8).toBe(strToU8);
  });

  it('gives the award workbook the same bytes as compressed parts would', () => {
    const fromStored = reproducible(zipSync(parts()));
    expect(Buffer.compare(fromStored, reproducible(fflateZipSync(parts())))).toBe(0);
    expect(methods(fromStored)).toEqual([8, 8]);
  });

  it('packs each workbook with its own parts when the one before had parts of the same names and lengths', () => {
    const text = (archive: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(archive)).map(([name, bytes]) => [name, Buffer.from(bytes).toString()]));
    const first = parts();
    const second = { ...parts(), '[Content_Types].xml': strToU8('<Types>' + '<Default Extension="xm1"/>'.repeat(200) + '</Types>') };
    for (const workbook of [first, second, first, first]) {
      const packed = reproducible(zipSync(workbook));
      expect(text(packed)).toEqual(text(zipSync(workbook)));
      expect(Buffer.compare(packed, reproducible(fflateZipSync(workbook)))).toBe(0);
    }
  });
});
