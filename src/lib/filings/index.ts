/** The filing records a Chinese government or public-institution site shows in its footer. */
export { ICP_FILING_SITE, parseIcpNumber, type IcpNumber, type IcpProblem } from './icp.ts';
export { mismatchedProvince, parsePoliceNumber, policeFilingUrl, type PoliceNumber, type PoliceProblem } from './police.ts';
export { isProvince, provinceList, PROVINCES, type Province } from './provinces.ts';
export { isSiteCode } from './site-code.ts';
export { isRemoteImage, markImageLocation } from './mark-image.ts';
