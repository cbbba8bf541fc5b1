import nzh from 'nzh';
import { toAsciiDigits } from '../schemas/award-years.ts';

const CHINESE_NUMBER = /^第?([〇零一二两三四五六七八九十百千]+)$/;

/**
 * The whole number an editor meant by a value written as text: `"3"`, `"03"`, full-width `３`,
 * Chinese numerals `三`, `十二`, `第二`. `undefined` when the text is no such number.
 *
 * @example writtenNumber('第三') // 3
 */
export function writtenNumber(text: string): number | undefined {
  const value = toAsciiDigits(text.trim());
  if (/^\d+$/.test(value)) return Number(value);
  const chinese = CHINESE_NUMBER.exec(value);
  if (!chinese) return undefined;
  const digits = chinese[1]!.replace(/两/g, '二');
  if (/^[〇零]$/.test(digits)) return 0;
  const number = Number(nzh.cn.decodeS(digits));
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
