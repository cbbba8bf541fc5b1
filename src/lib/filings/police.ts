import { isProvince, PROVINCES, type Province } from './provinces.ts';
import { normaliseFilingNumber } from './normalise.ts';

/** The public-security filing site; a filing number's page is found by its 14 digits. */
export function policeFilingUrl(digits: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}`;
}

/** A 公安机关备案号 taken apart: `鄂公网安备42110202000123号`. */
export interface PoliceNumber {
  text: string;
  province: Province;
  /** The 14 digits, which start with the code of the division where the site was filed. */
  digits: string;
}

/** Why a text is not a 公安机关备案号, for the checker to word. */
export type PoliceProblem =
  | { reason: 'province'; province: string }
  /** Digits there, but not 14 of them. */
  | { reason: 'digits'; count: number }
  /** Not of the form at all; `suggestion` is set when a cleaned-up form of the text would be. */
  | { reason: 'format'; suggestion?: string };

const POLICE = /^(.)公网安备(\d+)号$/;
const LOOSE = /^(.)公网安备(\d+)号?$/;

/**
 * Reads a 公安机关备案号 written as `<省简称>公网安备<14 digits>号`.
 *
 * @example parsePoliceNumber('鄂公网安备42110202000123号') // { ok: true, value: { province: '鄂', digits: '42110202000123', … } }
 */
export function parsePoliceNumber(text: string): { ok: true; value: PoliceNumber } | { ok: false; problem: PoliceProblem } {
  const match = POLICE.exec(text);
  if (match) {
    const [, province, digits] = match as unknown as [string, string, string];
    if (!isProvince(province)) return { ok: false, problem: { reason: 'province', province } };
    if (digits.length !== 14) return { ok: false, problem: { reason: 'digits', count: digits.length } };
    return { ok: true, value: { text, province, digits } };
  }
  const loose = LOOSE.exec(normaliseFilingNumber(text));
  if (loose && isProvince(loose[1]!) && loose[2]!.length === 14) {
    return { ok: false, problem: { reason: 'format', suggestion: `${loose[1]}公网安备${loose[2]}号` } };
  }
  return { ok: false, problem: { reason: 'format' } };
}

/**
 * The 简称 whose division code starts a filing's digits, when it is not the one written in front
 * of them (鄂公网安备33…号 was filed in 浙): a sign of a mistyped 简称 or digits.
 */
export function mismatchedProvince(value: PoliceNumber): Province | undefined {
  const code = value.digits.slice(0, 2);
  if (PROVINCES[value.province] === code) return undefined;
  return (Object.keys(PROVINCES) as Province[]).find((province) => PROVINCES[province] === code);
}
