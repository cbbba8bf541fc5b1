import { fileTypeFromBuffer } from 'file-type';

/**
 * What a file that is not text really is, told from its first bytes: what editors most often save
 * or rename to `.md` by mistake (a photo, a Word or WPS document, a scanned PDF).
 */
export interface FileKind {
  kind: 'image' | 'word' | 'pdf' | 'other';
  /** The extension the file should have, lowercase: `png`, `docx`, `doc`. */
  ext: string;
  /** How messages name the format: `PNG`, `.docx`, `.doc / .wps`. */
  format: string;
}

const WORD = new Set(['docx', 'rtf', 'odt']);

// An OLE compound file is how Word 97–2003 (.doc), Excel (.xls) and WPS (.wps, .et) save.
const OLD_OFFICE = 'cfb';

// Enough of the start of a file for every format's signature, including the entries of a zip.
const SNIFF_BYTES = 64 * 1024;

/**
 * Looks at a file's leading bytes for the signature of a known binary format. `undefined` means
 * the bytes match no signature: the file is text (of some encoding) or an unknown binary.
 *
 * @example await sniffFileKind(pngBytes) // { kind: 'image', ext: 'png', format: 'PNG' }
 */
export async function sniffFileKind(bytes: Uint8Array): Promise<FileKind | undefined> {
  const type = await fileTypeFromBuffer(bytes.subarray(0, SNIFF_BYTES));
  if (!type) return undefined;
  const { ext, mime } = type;
  if (mime.startsWith('image/')) return { kind: 'image', ext, format: ext.toUpperCase() };
  if (ext === 'pdf') return { kind: 'pdf', ext, format: 'PDF' };
  if (WORD.has(ext)) return { kind: 'word', ext, format: `.${ext}` };
  if (ext === OLD_OFFICE) return { kind: 'word', ext: 'doc', format: '.doc / .wps' };
  return { kind: 'other', ext, format: ext.toUpperCase() };
}

/**
 * Whether bytes decoded as `encoding` are worth sniffing. UTF-8 text is sniffed only when it opens
 * like RTF (`{\rtf`), the one word-processor format that is plain ASCII; UTF-16 has its own mark.
 */
export function mayBeBinary(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  if (encoding !== 'utf-8') return true;
  return new TextDecoder().decode(bytes.subarray(0, 5)) === '{\\rtf';
}
