import { isProvince, type Province } from './provinces.ts';
import { normaliseFilingNumber } from './normalise.ts';

/** The MIIT filing site every ICP number links to, as the MIIT requires. */
export const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';

/** An ICP filing number taken apart: `鄂ICP备12345678号-1`. */
export interface IcpNumber {
  text: string;
  province: Province;
  /** The digits of the filing, `12345678`. */
  number: string;
  /** The site's number within the filing, `1` in `-1`; absent for the first site. */
  site?: string;
}

/** Why a text is not an ICP filing number, for the checker to word. */
export type IcpProblem =
  | { reason: 'province'; province: string }
  /** Not of the form at all; `suggestion` is set when a cleaned-up form of the text would be. */
  | { reason: 'format'; suggestion?: string };

const ICP = /^(.)ICP备(\d+)号(?:-(\d+))?$/;
// The same with the common slips: lower-case "icp", no 号.
const LOOSE = /^(.)icp备(\d+)号?(?:-(\d+))?$/i;

/**
 * Reads an ICP filing number written as `<省简称>ICP备<digits>号(-<n>)?`.
 *
 * @example parseIcpNumber('鄂ICP备12345678号-1') // { ok: true, value: { province: '鄂', number: '12345678', site: '1', … } }
 * @example parseIcpNumber('鄂icp备12345678号') // { ok: false, problem: { reason: 'format', suggestion: '鄂ICP备12345678号' } }
 */
export function parseIcpNumber(text: string): { ok: true; value: IcpNumber } | { ok: false; problem: IcpProblem } {
  const match = ICP.exec(text);
  if (match) {
    const [, province, number, site] = match as unknown as [string, string, string, string | undefined];
    if (!isProvince(province)) return { ok: false, problem: { reason: 'province', province } };
    return { ok: true, value: { text, province, number, ...(site ? { site } : {}) } };
  }
  const loose = LOOSE.exec(normaliseFilingNumber(text));
  if (loose && isProvince(loose[1]!)) {
    const suggestion = `${loose[1]}ICP备${loose[2]}号${loose[3] ? `-${loose[3]}` : ''}`;
    return { ok: false, problem: { reason: 'format', suggestion } };
  }
  return { ok: false, problem: { reason: 'format' } };
}
