/**
 * Reads a 政府网站标识码, the ten-character code the national government-website register gives
 * each site: ten digits for a local site (`4211020001`), two letters and eight digits for a
 * department's (`bm01000001`).
 */
export function isSiteCode(text: string): boolean {
  return /^[0-9A-Za-z]{10}$/.test(text);
}
