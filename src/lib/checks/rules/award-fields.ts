import { parseAwardItem } from '../../import/award-item.ts';
import { chineseYearsToDigits } from '../../import/chinese-year.ts';
import { levelFromWords } from '../../import/award-level.ts';
import { AwardSchema, formatYears, toAsciiDigits, type AwardLevel } from '../../schemas/index.ts';
import type { CheckContext, CheckRule, ContentFile } from '../types.ts';

// Words of an award's name that state its level outright: the scope (全省, 全市 …) or the level
// itself (省级 …). Other place words name the awardee (群众满意的乡镇卫生院), not who gave it.
const SCOPE_WORDS: ReadonlyArray<readonly [AwardLevel, RegExp]> = [
  ['国家级', /全国|国家级/],
  ['省级', /全省|省级/],
  ['市级', /全市|市级/],
  ['区县级', /全区|全县|区级|县级|区县级/],
  ['乡镇级', /全乡|全镇|乡级|镇级|乡镇级/],
];

/** The level an award's name states outright, when exactly one level is stated. */
function levelInName(title: string): AwardLevel | undefined {
  const stated = SCOPE_WORDS.filter(([, pattern]) => pattern.test(title)).map(([level]) => level);
  return stated.length === 1 ? stated[0] : undefined;
}

/**
 * The level an award's own words state, and which words: its name says most (`全省…` → 省级);
 * failing that, who gave it (湖北省人民政府 → 省级). `undefined` when neither says.
 *
 * @example statedLevel('全省档案工作先进集体') // { level: '省级', by: 'name' }
 */
export function statedLevel(title: string, issuer?: string): { level: AwardLevel; by: 'name' | 'issuer' } | undefined {
  const fromTitle = levelInName(title);
  if (fromTitle) return { level: fromTitle, by: 'name' };
  const fromIssuer = issuer ? levelFromWords(issuer) : undefined;
  return fromIssuer ? { level: fromIssuer, by: 'issuer' } : undefined;
}

/** The years an award's name itself states: a leading `2009-2011年度`, or any `2010年` inside. */
function yearsInName(title: string): number[] {
  const leading = parseAwardItem(title);
  if (leading.source.years && leading.award.years !== undefined) {
    const years = leading.award.years;
    if (Array.isArray(years)) return years;
    if (typeof years === 'number') return [years];
    const [from, to] = years.split('-').map(Number);
    return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
  }
  const plain = toAsciiDigits(chineseYearsToDigits(title));
  return [...new Set([...plain.matchAll(/(?<!\d)(\d{4})\s*年/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** The years as written, in the order written, when they are a list. */
function writtenOrder(raw: unknown): number[] | undefined {
  if (Array.isArray(raw)) return raw.map((y) => Number(toAsciiDigits(String(y)).replace(/\D/g, '')));
  if (typeof raw === 'string' && /[、，,；;]/.test(raw)) return raw.split(/[、，,；;]/).map((y) => Number(toAsciiDigits(y).replace(/\D/g, '')));
  return undefined;
}

function checkAward(ctx: CheckContext, file: ContentFile, raw: unknown, i: number): void {
  const parsed = AwardSchema.safeParse(raw);
  // Awards the schema refuses are reported by the schema rule.
  if (!parsed.success) return;
  const { title, years, level, issuer } = parsed.data;
  const field = (name: string) => ({ ...ctx.locate(file, ['awards', i, name]), field: `awards.${i}.${name}` });
  const written = (raw as Record<string, unknown>).years;

  const order = writtenOrder(written);
  if (order && order.some((year, k) => k > 0 && year < order[k - 1]!)) {
    ctx.report({ file: file.path, ...field('years'), code: 'years.unordered', severity: 'warning', values: { award: title, given: order.join('、'), sorted: formatYears(years) } });
  }
  const named = yearsInName(title);
  if (named.length > 0 && named.join() !== years.join()) {
    ctx.report({
      file: file.path,
      ...(years.length > 0 ? field('years') : field('title')),
      code: years.length > 0 ? 'award.years-mismatch' : 'award.years-in-title',
      severity: 'warning',
      values: { award: title, named: formatYears(named), years: formatYears(years) },
    });
  }
  const stated = statedLevel(title, issuer);
  if (level && stated && stated.level !== level) {
    ctx.report({
      file: file.path,
      ...field('level'),
      code: stated.by === 'name' ? 'award.level-mismatch' : 'award.issuer-level-mismatch',
      severity: 'warning',
      values: { award: title, level, named: stated.level, issuer },
    });
  }
}

/**
 * What an award's fields say against each other: years in its name that are not its `years`,
 * a level its name contradicts (`全省…` at 市级), and a list of years written out of order.
 */
export const awardFieldsRule: CheckRule = {
  id: 'award-fields',
  description: 'Warns when an award’s name contradicts its years or level, or its years are out of order.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'achievements') continue;
      const awards = ctx.data(file)?.awards;
      if (Array.isArray(awards)) awards.forEach((raw, i) => checkAward(ctx, file, raw, i));
    }
  },
};
