import type { AwardLevel } from '../schemas/index.ts';

// Highest level first: the first rule whose words occur in the item wins, so 湖北省…先进县（市、区）
// is 省级 and 全市…先进县（市、区） is 市级. The 市 and 区/县 rules skip words where the character
// does not name a government (城市, 市场, 社区, 园区, 区域) and the 县（市、区） of award names.
const LEVEL_WORDS: ReadonlyArray<readonly [AwardLevel, RegExp]> = [
  ['国家级', /全国|国家级|国家|中央|国务院/],
  ['省级', /省/],
  ['市级', /全市|市级|市委|市政府|(?<![县城超（(、])市(?![、区）)场民])/],
  ['区县级', /全区|全县|区级|县级|区委|区政府|县委|县政府|(?<![社园小景校城辖库地市])区(?![域、）)])|县(?![（(市])/],
  ['乡镇级', /乡镇|街道|全镇|全乡|镇党委|镇政府|乡党委|乡政府|[乡镇]级/],
];

/**
 * The level of an award, read from the words of its name: 全国/国家级 → 国家级, 湖北省/省级 → 省级,
 * 全市/市级 → 市级, 区/县 (区政府, 黄州区) → 区县级, 乡镇/街道 → 乡镇级; `undefined` when no word
 * says. The highest level named wins.
 *
 * @example levelFromWords('黄州区深化“千人百村万户春风行动”活动先进工作组') // '区县级'
 */
export function levelFromWords(text: string): AwardLevel | undefined {
  return LEVEL_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}
