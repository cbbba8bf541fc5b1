import { articleName } from '../content-names.ts';
import { isValidSlug } from '../scaffold/dossier-files.ts';
import { toAsciiDigits } from '../schemas/index.ts';

const HAN = /[\u3400-\u9fff]/;
// A position typed before the name with something other than a hyphen: `05 kongge`, `05_kongge`,
// `05.kongge`, `05、kongge`, or in full-width digits.
const LOOSE_NUMBER = /^([0-9０-９]+)[\s\u3000_.．、，,-]*(.*)$/;

/**
 * A name that may stand in an address: lowercase ASCII letters and digits joined by single
 * hyphens. Spaces, underscores and dots become hyphens; Chinese becomes pinyin. Never invalid:
 * `article` when nothing usable is left.
 *
 * @example addressName('Qingshan_Tax') // 'qingshan-tax'
 */
export function addressName(text: string): string {
  const ascii = HAN.test(text) ? articleName(text) : toAsciiDigits(text);
  const name = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return isValidSlug(name) ? name : 'article';
}

/**
 * The file name an article should have, from the stem it has (without `.md`): a number typed
 * loosely before the name is kept as the `NN-` prefix (`05 kongge` → `05-kongge.md`); otherwise
 * `next` becomes the prefix.
 */
export function articleFileName(stem: string, next: number): string {
  const loose = LOOSE_NUMBER.exec(stem.trim());
  const number = loose ? Number(toAsciiDigits(loose[1]!)) : next;
  const rest = loose ? loose[2]! : stem;
  return `${String(number).padStart(2, '0')}-${addressName(rest)}.md`;
}
