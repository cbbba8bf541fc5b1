import { z } from 'astro/zod';
import { issue } from '../diagnostics/zod-issue.ts';
import type { ContentMessageCode } from '../diagnostics/messages/content.ts';
import type { IssueValues } from '../diagnostics/values.ts';
import { isRemoteImage, isSiteCode, parseIcpNumber, parsePoliceNumber, provinceList } from '../filings/index.ts';

/** A value an editor may leave blank (`sponsor:` with nothing after it) to show nothing. */
function blankable<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const text = blankable(z.string().trim().min(1));

/**
 * A value that must stay text but that YAML reads as a number when it is all digits, dropping
 * a leading 0 (`07138621234` becomes 7138621234). `keeps` says which numbers came through
 * whole; any other number is refused with the quoted form to write instead.
 */
function digitsAsText(keeps: (digits: string) => boolean) {
  return blankable(z.union([z.string().trim().min(1), z.number()])).transform((value, ctx) => {
    if (typeof value !== 'number') return value;
    const digits = String(value);
    if (Number.isInteger(value) && keeps(digits)) return digits;
    ctx.addIssue(issue([], 'footer.unquoted-number', { given: digits, example: `0${digits}` }));
    return z.NEVER;
  });
}

/** A message code and its values, for a filing number that cannot be read. */
type Refusal = readonly [ContentMessageCode, IssueValues];

/**
 * A filing number: blank shows nothing; otherwise `read` takes it apart, or `refuse` words what is
 * wrong with it.
 */
function filingNumber<T, P>(
  read: (text: string) => { ok: true; value: T } | { ok: false; problem: P },
  refuse: (problem: P, given: string) => Refusal,
) {
  return blankable(z.string().trim()).transform((value, ctx) => {
    if (!value) return undefined;
    const parsed = read(value);
    if (parsed.ok) return parsed.value;
    const [code, values] = refuse(parsed.problem, value);
    ctx.addIssue(issue([], code, values));
    return z.NEVER;
  });
}

const unknownProvince = (given: string, province: string): Refusal => ['footer.province', { given, province, provinces: provinceList() }];

const icp = filingNumber(parseIcpNumber, (problem, given) =>
  problem.reason === 'province' ? unknownProvince(given, problem.province) : ['footer.icp', { given, suggestion: problem.suggestion }],
);

const police = filingNumber(parsePoliceNumber, (problem, given) => {
  if (problem.reason === 'province') return unknownProvince(given, problem.province);
  if (problem.reason === 'digits') return ['footer.police-digits', { given, count: problem.count }];
  return ['footer.police', { given, suggestion: problem.suggestion }];
});

const siteCode = digitsAsText((digits) => digits.length === 10).transform((value, ctx) => {
  if (value === undefined || isSiteCode(value)) return value;
  ctx.addIssue(issue([], 'footer.site-code', { given: value }));
  return z.NEVER;
});

/**
 * The 党政机关网站标识: the mark's image, kept with the content (a file name relative to the
 * content folder) or under `public/` (a path from `/`), and the address it opens.
 */
const partyGovMark = z.object({
  /** @example 党政机关网站标识.png */
  image: z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      if (isRemoteImage(value)) ctx.addIssue(issue([], 'footer.mark-image', { given: value }));
    }),
  /** @example https://bszs.conac.cn/sitename?method=show&id=0123456789ABCDEF */
  link: z.url({ protocol: /^https?$/ }),
});

/**
 * The records at the foot of every page, as Chinese government and public-institution sites
 * carry them. Every one is optional; a blank one shows nothing, a malformed one is an error.
 *
 * @example
 * ```yaml
 * footer:
 *   sponsor: 黄冈市黄州区人民政府办公室
 *   address: 湖北省黄冈市黄州区东门路 1 号
 *   phone: 0713-8621234
 *   email: hzqzfb@example.gov.cn
 *   icp: 鄂ICP备12345678号-1
 *   police: 鄂公网安备42110202000123号
 *   siteCode: "4211020001"
 * ```
 */
export const FooterSchema = z.object({
  /** 主办单位: the body responsible for the site. */
  sponsor: text,
  /** 承办单位: the body that runs it, when it is not the sponsor. */
  organizer: text,
  /** 联系地址, as the office gives it. */
  address: text,
  /** 联系电话, as given; each number in it becomes a link that dials it. */
  phone: digitsAsText((digits) => /^1\d{10}$/.test(digits)),
  /** 电子邮箱. */
  email: blankable(z.email()),
  /** ICP备案号, `<省简称>ICP备<digits>号(-<n>)?`; linked to the MIIT filing site. */
  icp,
  /** 公安机关备案号, `<省简称>公网安备<14 digits>号`; linked to its page on the MPS filing site. */
  police,
  /** 政府网站标识码, ten digits or letters. */
  siteCode,
  /** 党政机关网站标识: image and link, both required once the mark is given. */
  partyGovMark: blankable(partyGovMark),
});

/** The footer records after validation; filing numbers come apart into their pieces. */
export type FooterRecords = z.output<typeof FooterSchema>;
