import { toAsciiDigits } from '../schemas/index.ts';
import { toFullWidthPunctuation } from './punctuation.ts';

// Invisible characters Word and web pages leave in text: byte-order marks, zero-width spaces and joiners.
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060]/g;
// What editors and converters type for the Chinese dash `——`: two horizontal bars (U+2015, what GBK
// converters produce), two full-width hyphens, two ASCII hyphens or box-drawing lines next to Chinese.
const DASH_VARIANTS = /\u2015{2}|－{2}|─{2,}|(?<=^|[\s\u3000-\u9fff“”（）])-{2}(?=$|[\s\u3000-\u9fff“”（）\d])/g;

/**
 * Normalises one paragraph of an input document, once, before anything looks at it: invisible
 * characters go, dash variants become `——`, full-width digits become ASCII digits, and half-width
 * punctuation next to Chinese becomes full-width. Nothing a reader would read differently changes.
 *
 * @example normaliseText('――２０２１年度全省节水型单位(2021年)') // '——2021年度全省节水型单位（2021年）'
 */
export function normaliseText(text: string): string {
  const plain = toAsciiDigits(text.replace(INVISIBLE, '').replace(DASH_VARIANTS, '——'));
  return toFullWidthPunctuation(plain).trim();
}
