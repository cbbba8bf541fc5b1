import { normaliseText } from '../front-matter/index.ts';

/**
 * Turning a content file's bytes into text. Editors save from Word, WPS and Notepad, so a file may
 * arrive as GB18030/GBK or UTF-16; the checker names the encoding instead of showing mojibake.
 */

/** The encodings recognised. Only `utf-8` is accepted in content; the importer reads them all. */
export type DetectedEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'binary';

/** The outcome of {@link decodeText} and {@link decodeContent} (which gives text only for UTF-8). */
export interface DecodedFile {
  encoding: DetectedEncoding;
  /** The text with any BOM removed and CRLF/CR line endings turned into LF. */
  text?: string;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Decodes text in whichever of the encodings editors save in it is: UTF-8 (with or without a BOM),
 * UTF-16 with a BOM, or GB18030/GBK when that yields Chinese text. The text has its BOM removed
 * and LF line endings; `binary` bytes give no text.
 *
 * @example decodeText(new Uint8Array([0xce, 0xc4, 0xc3, 0xf7])) // { encoding: 'gb18030', text: '文明' }
 */
export function decodeText(bytes: Uint8Array): DecodedFile {
  for (const [encoding, bom] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
    if (bytes[0] === bom[0] && bytes[1] === bom[1]) return { encoding, text: normaliseText(new TextDecoder(encoding).decode(bytes)) };
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading BOM, which Notepad adds on save.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', text: normaliseText(text) };
  } catch {
    // Fall through: not UTF-8.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // GB18030 decodes most byte soups; only call it GB18030 when it yields Chinese text.
    if (CJK.test(text)) return { encoding: 'gb18030', text: normaliseText(text) };
  } catch {
    // Fall through: not GB18030 either.
  }
  return { encoding: 'binary' };
}

/**
 * Decodes a content file, which must be UTF-8, accepting a BOM and Windows line endings silently.
 * When the bytes are not UTF-8, says which encoding they most likely are so the hint can give the
 * right command.
 *
 * @example decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', text: 'a' }
 */
export function decodeContent(bytes: Uint8Array): DecodedFile {
  const decoded = decodeText(bytes);
  return decoded.encoding === 'utf-8' ? decoded : { encoding: decoded.encoding };
}
