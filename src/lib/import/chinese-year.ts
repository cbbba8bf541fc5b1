const DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const CHINESE_YEAR = /[〇零Ｏ一二三四五六七八九]{4}(?=\s*(?:年|[-–—－~～至到]\s*[〇零Ｏ一二三四五六七八九]{4}\s*年))/g;

/**
 * Rewrites years spelled digit by digit in Chinese numerals (`二〇二三年`) as ASCII digits, leaving
 * all other text alone. Only four-numeral runs followed by 年, or by a range dash and a second
 * such year (`二〇〇九—二〇一一年`), are years.
 *
 * @example chineseYearsToDigits('二〇二三年度先进单位') // '2023年度先进单位'
 */
export function chineseYearsToDigits(text: string): string {
  return text.replace(CHINESE_YEAR, (run) => [...run].map((ch) => DIGITS[ch]!).join(''));
}
