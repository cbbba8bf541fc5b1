/** The filing records a Chinese government or public-institution site shows in its footer. */
export { ICP_FILING_SITE, parseIcpNumber } from './icp.ts';
export { mismatchedProvince, parsePoliceNumber, policeFilingUrl } from './police.ts';
export { provinceList, PROVINCES } from './provinces.ts';
export { isSiteCode } from './site-code.ts';
export { isRemoteImage, markImageLocation } from './mark-image.ts';
