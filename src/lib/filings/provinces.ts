/**
 * The one-character names (简称) of the 31 provincial-level divisions of the mainland, as the
 * MIIT and the public-security filing systems print them at the start of a filing number, with
 * the two-digit code of the division (GB/T 2260) that starts a 公网安备 number filed there.
 * No maintained npm package carries the 简称, so the table lives here, once.
 */
export const PROVINCES = {
  京: '11', 津: '12', 冀: '13', 晋: '14', 蒙: '15',
  辽: '21', 吉: '22', 黑: '23',
  沪: '31', 苏: '32', 浙: '33', 皖: '34', 闽: '35', 赣: '36', 鲁: '37',
  豫: '41', 鄂: '42', 湘: '43', 粤: '44', 桂: '45', 琼: '46',
  渝: '50', 川: '51', 贵: '52', 云: '53', 藏: '54',
  陕: '61', 甘: '62', 青: '63', 宁: '64', 新: '65',
} as const satisfies Record<string, string>;

/** One of the {@link PROVINCES} 简称. */
export type Province = keyof typeof PROVINCES;

/** True when `char` is a provincial 简称 used in filing numbers. */
export function isProvince(char: string): char is Province {
  return Object.hasOwn(PROVINCES, char);
}

/** Every 简称, in the table's order, joined for a message: 京、津、冀…. */
export function provinceList(): string {
  return Object.keys(PROVINCES).join('、');
}
