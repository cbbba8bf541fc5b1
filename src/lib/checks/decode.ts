import { normaliseText } from '../front-matter/index.ts';

/**
 * Turning a content file's bytes into text. Editors save from Word, WPS and Notepad, so a file may
 * arrive as GB18030/GBK or UTF-16; the checker names the encoding instead of showing mojibake.
 */

/** The encodings the checker recognises. Only `utf-8` is accepted. */
export type DetectedEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'binary';

/** The outcome of {@link decodeContent}: text only when the file is UTF-8. */
export interface DecodedFile {
  encoding: DetectedEncoding;
  /** The text with any BOM removed and CRLF/CR line endings turned into LF; UTF-8 only. */
  text?: string;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Decodes a file as UTF-8, accepting a BOM and Windows line endings silently. When the bytes are
 * not UTF-8, says which encoding they most likely are so the hint can give the right command.
 *
 * @example decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', text: 'a' }
 */
export function decodeContent(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
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
    if (CJK.test(text)) return { encoding: 'gb18030' };
  } catch {
    // Fall through: not GB18030 either.
  }
  return { encoding: 'binary' };
}
