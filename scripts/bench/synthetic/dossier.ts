import { ARTICLE_SECTION_KINDS, AWARDS_MARKER } from '../../../src/lib/constants.ts';
import { contentPaths } from '../../../src/lib/content-paths.ts';
import { syntheticAwards, type SyntheticAward } from './awards.ts';
import { AGENCIES, PLACE_HEADS, PLACE_KINDS, PLACE_TAILS, ORDINALS, TITLE_TAILS, TITLE_VERBS, TOPICS } from './phrases.ts';
import { body, paragraph } from './prose.ts';
import { createRandom, seedFor, type Random } from './random.ts';

/** One generated file, with its path relative to the content folder. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** How big each generated dossier is. The defaults give about 14 files and 50 KB per dossier. */
export interface DossierShape {
  /** Articles per article section. @default 3 */
  articles: number;
  /** CJK characters per article, roughly. @default 1300 */
  articleChars: number;
}

/** The default {@link DossierShape}. */
const DEFAULT_SHAPE: DossierShape = { articles: 3, articleChars: 1300 };

const DOSSIER_TITLES = ['文明清风谱华章', '春风化雨润无声', '创建路上铸辉煌', '砥砺前行创文明', '文明之花竞绽放', '凝心聚力促发展', '厚德载物扬新风', '一路芳华满庭春'] as const;

/** The slug of dossier `number` (1-based): sortable, ASCII, and stable across corpus sizes. */
export function dossierSlug(number: number): string {
  const agency = AGENCIES[(number - 1) % AGENCIES.length]![1];
  return `d${String(number).padStart(5, '0')}-${agency}`;
}

/** The name of article `number` (1-based) of every synthetic section: `article-1`. */
export function syntheticArticleName(number: number): string {
  return `article-${number}`;
}

function place(random: Random): string {
  return `${random.pick(PLACE_HEADS)}${random.pick(PLACE_TAILS)}${random.pick(PLACE_KINDS)}`;
}

function yamlYears(years: SyntheticAward['years']): string | undefined {
  if (years === undefined) return undefined;
  const one = (y: number | string) => (typeof y === 'number' ? String(y) : /^\d+$/.test(y) ? `"${y}"` : y);
  return Array.isArray(years) ? `[ ${years.map(one).join(', ')} ]` : one(years);
}

function achievementsFile(awards: readonly SyntheticAward[], intro: string, closing: string): string {
  const lines = ['---', 'awards:'];
  for (const award of awards) {
    lines.push(`  - title: ${award.title}`);
    const years = yamlYears(award.years);
    if (years !== undefined) lines.push(`    years: ${years}`);
    if (award.level) lines.push(`    level: ${award.level}`);
    if (award.issuer) lines.push(`    issuer: ${award.issuer}`);
    if (award.note) lines.push(`    note: ${award.note}`);
  }
  lines.push('---', '', intro, '', AWARDS_MARKER, '', closing, '');
  return lines.join('\n');
}

/**
 * The files of synthetic dossier `number` of the corpus with `seed`: the dossier file, a section
 * introduction and `shape.articles` articles in each article section, and the achievements file
 * with its award list. The same seed and number always give the same files.
 *
 * @example
 * syntheticDossier(20261127, 1).map((f) => f.path)
 * // ['dossiers/d00001-office.md', 'management/d00001-office/index.md', 'management/d00001-office/01-qianghua.md', …]
 */
export function syntheticDossier(seed: number, number: number, shape: DossierShape = DEFAULT_SHAPE): SyntheticFile[] {
  const random = createRandom(seedFor(seed, number));
  const slug = dossierSlug(number);
  const where = place(random);
  const unit = `${where}${AGENCIES[(number - 1) % AGENCIES.length]![0]}`;
  const subject = { unit };
  const from = random.int(2003, 2016);
  const to = from + random.int(2, 6);
  const summary = `${unit}${random.pick(['坚持以创建促发展', '把文明创建融入日常工作', '以群众满意为标准开展创建'])}，先后荣获多项市级以上荣誉。`;
  const files: SyntheticFile[] = [];
  files.push({
    path: contentPaths.dossier(slug),
    text: [
      '---',
      `title: ${random.pick(DOSSIER_TITLES)}`,
      `subtitle: ${unit}创建文明单位纪实`,
      `unit: ${unit}`,
      `period: ${random.chance(0.1) ? String(to) : `${from}-${to}`}`,
      `summary: ${summary}`,
      '---',
      '',
      body(random, subject, 600),
      '',
    ].join('\n'),
  });
  for (const kind of ARTICLE_SECTION_KINDS) {
    files.push({ path: contentPaths.intro(kind, slug), text: `${body(random, subject, 400)}\n` });
    for (let i = 0; i < shape.articles; i++) {
      const verb = random.pick(TITLE_VERBS);
      const title = `${ORDINALS[i]}是${verb}${random.pick(TOPICS)}，${random.pick(TITLE_TAILS)}`;
      files.push({ path: contentPaths.article(kind, slug, syntheticArticleName(i + 1), i + 1), text: ['---', `title: ${title}`, '---', '', body(random, subject, shape.articleChars), ''].join('\n') });
    }
  }
  files.push({
    path: contentPaths.achievements(slug),
    text: achievementsFile(syntheticAwards(random, where), paragraph(random, subject, 3, 5), paragraph(random, subject, 2, 4)),
  });
  return files;
}

/** `site.yaml` for a synthetic corpus. */
export function syntheticSiteSettings(dossiers: number): string {
  return [`title: 文明单位创建纪实（基准测试 ${dossiers} 份）`, 'description: 由基准测试生成的合成纪实汇编。', 'url: https://example.gov.cn', 'base: /', 'latestAwards: 8', ''].join('\n');
}
