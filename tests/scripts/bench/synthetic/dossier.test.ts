import { describe, expect, it } from 'vitest';
import { readMarkdownFields } from '../../../../src/lib/front-matter/index.ts';
import { AchievementsSchema, DossierSchema, SectionFileSchema, parseAwardYears } from '../../../../src/lib/schemas/index.ts';
import { AWARDS_MARKER } from '../../../../src/lib/constants.ts';
import { createRandom, seedFor, syntheticAwards, syntheticDossier, dossierSlug } from '../../../../scripts/bench/synthetic/index.ts';

const SEED = 20261127;

describe('syntheticDossier', () => {
  it('writes the same files for the same seed and dossier number', () => {
    expect(syntheticDossier(SEED, 7)).toEqual(syntheticDossier(SEED, 7));
  });

  it('writes different prose for different dossiers and seeds', () => {
    const text = (seed: number, n: number) => syntheticDossier(seed, n).map((f) => f.text).join('');
    expect(text(SEED, 1)).not.toBe(text(SEED, 2));
    expect(text(SEED, 1)).not.toBe(text(SEED + 1, 1));
  });

  it('writes fourteen files in the content model: dossier, three sections of intro and three articles, achievements', () => {
    const paths = syntheticDossier(SEED, 3).map((f) => f.path);
    const slug = dossierSlug(3);
    expect(paths).toHaveLength(14);
    expect(paths[0]).toBe(`dossiers/${slug}.md`);
    expect(paths).toContain(`management/${slug}/index.md`);
    expect(paths).toContain(`creation/${slug}/03-article-3.md`);
    expect(paths.at(-1)).toBe(`achievements/${slug}.md`);
  });

  it('writes about 50 KB of mostly Chinese text per dossier', () => {
    const text = syntheticDossier(SEED, 11).map((f) => f.text).join('');
    const bytes = Buffer.byteLength(text);
    const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    expect(bytes).toBeGreaterThan(40_000);
    expect(bytes).toBeLessThan(60_000);
    expect(cjk / text.length).toBeGreaterThan(0.8);
  });

  it('writes front matter every schema accepts', () => {
    for (const number of [1, 2, 3, 40, 41]) {
      for (const file of syntheticDossier(SEED, number)) {
        const { data, body: content } = readMarkdownFields(file.text, file.path);
        const schema = file.path.startsWith('dossiers/') ? DossierSchema : file.path.startsWith('achievements/') ? AchievementsSchema : SectionFileSchema;
        expect(schema.safeParse(data).success, file.path).toBe(true);
        expect(content.trim().length, file.path).toBeGreaterThan(0);
      }
    }
  });

  it('splits the achievements body at the awards marker', () => {
    const achievements = syntheticDossier(SEED, 5).at(-1)!;
    expect(readMarkdownFields(achievements.text, achievements.path).body.split(AWARDS_MARKER)).toHaveLength(2);
  });
});

describe('syntheticAwards', () => {
  const awards = Array.from({ length: 40 }, (_, i) => syntheticAwards(createRandom(seedFor(SEED, i)), '青阳区')).flat();

  it('gives every dossier between twelve and eighteen awards with unique titles', () => {
    for (let i = 0; i < 40; i++) {
      const list = syntheticAwards(createRandom(seedFor(SEED, i)), '青阳区');
      expect(list.length).toBeGreaterThanOrEqual(12);
      expect(list.length).toBeLessThanOrEqual(18);
      expect(new Set(list.map((a) => a.title)).size).toBe(list.length);
    }
  });

  it('writes years in every format editors use, all of them valid', () => {
    const shapes = new Set(
      awards.map(({ years }) =>
        years === undefined ? 'none' : Array.isArray(years) ? 'list' : typeof years === 'number' ? 'number' : /[０-９]/.test(years) ? 'full-width' : /-/.test(years) ? 'range' : /年度/.test(years) ? '年度' : 'string',
      ),
    );
    expect([...shapes].sort()).toEqual(['full-width', 'list', 'none', 'number', 'range', 'string', '年度'].sort());
    for (const award of awards) expect(parseAwardYears(award.years).ok, String(award.years)).toBe(true);
  });

  it('writes levels in canonical and alias spellings, and some awards without a level', () => {
    const levels = new Set(awards.map((a) => a.level));
    expect(levels.has(undefined)).toBe(true);
    expect(levels.has('市级')).toBe(true);
    expect([...levels].some((l) => l === '县级' || l === '省部级' || l === '市' || l === '区级' || l === '全国' || l === '内部')).toBe(true);
  });
});
