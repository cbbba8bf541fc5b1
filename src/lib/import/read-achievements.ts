import type { AwardLevel } from '../schemas/index.ts';
import type { Block } from './block.ts';
import { awardFromCells, orderAwardFields, parseAwardItem } from './award-item.ts';
import { awardCandidates, chooseAwardRun, withoutListEnd, type AwardCandidate } from './award-run.ts';
import { excerpt, partsOf, sectionValues } from './body-parts.ts';
import type { BodyPart, ImportedAchievements, Place, StructureResult } from './imported.ts';

function partsOfCandidate(c: AwardCandidate): BodyPart[] {
  return c.whole ? c.blocks.flatMap((b) => partsOf(b)) : [{ kind: 'text', text: c.text }];
}

/**
 * Reads the 成就篇 into the dossier: the award run ({@link chooseAwardRun}) becomes the award list,
 * what comes before it the introduction and what comes after it the closing; group labels give
 * their level or years to the awards under them; every block is placed and close calls are noted.
 */
export function readAchievements(body: readonly Block[], result: StructureResult, today: Date, place: Place): void {
  const achievements: ImportedAchievements = result.dossier.achievements ?? { intro: [], awards: [], closing: [] };
  result.dossier.achievements = achievements;
  const candidates = awardCandidates(body);
  const run = chooseAwardRun(candidates);
  const covered = new Set(candidates.flatMap((c) => c.blocks));
  let next = 0;
  // Dashes or bullets standing alone between items carry no text of their own.
  const separatorsUpTo = (block: Block | undefined) => {
    const until = block ? body.indexOf(block) : body.length;
    for (; next < until; next++) if (!covered.has(body[next]!)) place(body[next]!, 'award-separator', { section: 'achievements' });
    if (block) next = Math.max(next, until + 1);
  };
  // A group label (`省级：`, `2019年`) gives its level or years to the awards under it that name none.
  let groupLevel: AwardLevel | undefined;
  let groupYears: string | undefined;
  candidates.forEach((c, i) => {
    for (const block of c.blocks) separatorsUpTo(block);
    const inRun = i >= run.start && i < run.end;
    if (inRun && c.marker === 'group') {
      if (c.years !== undefined) groupYears = c.years;
      else groupLevel = c.level;
      for (const block of c.blocks) place(block, 'award-group', { section: 'achievements', text: c.text });
      return;
    }
    if (inRun) {
      let item = c.cells ? awardFromCells(c.cells, today) : parseAwardItem(withoutListEnd(c.text), today);
      if (item.source.years === '' && groupYears !== undefined) {
        const { title, issuer } = item.source;
        const read = awardFromCells({ ...(c.cells ?? { title, ...(issuer !== undefined ? { issuer } : {}) }), years: groupYears }, today);
        item = { ...read, source: { ...read.source, years: '', groupYears } };
      }
      if (!item.award.level && groupLevel) item.award = orderAwardFields({ ...item.award, level: groupLevel });
      achievements.awards.push(item);
      const index = achievements.awards.length - 1;
      if (item.source.sentence !== undefined) {
        result.notes.push({
          code: 'import.award-from-sentence',
          where: c.blocks[0]!.where,
          values: { excerpt: excerpt(item.source.sentence), award: item.award.title },
          severity: 'warning',
        });
      }
      for (const block of c.blocks) place(block, 'award', { section: 'achievements', index, text: c.whole ? block.text : c.text });
      return;
    }
    const part = i < run.start ? 'intro' : 'closing';
    (part === 'intro' ? achievements.intro : achievements.closing).push(...partsOfCandidate(c));
    for (const block of c.blocks) place(block, part === 'intro' ? 'intro' : 'closing', { section: 'achievements', text: c.whole ? block.text : c.text });
  });
  separatorsUpTo(undefined);
  for (const doubt of run.doubts) {
    const c = run.candidates[doubt.index]!;
    const partZh = doubt.index < run.start ? '引言' : '结束语';
    const partEn = doubt.index < run.start ? 'introduction' : 'closing';
    result.notes.push({
      code: doubt.inRun ? 'import.doubt-award-in' : 'import.doubt-award-out',
      where: c.blocks[0]!.where,
      values: { excerpt: excerpt(c.text), part: partZh, partEn },
      severity: 'warning',
    });
  }
  if (run.end === run.start && body.length > 0) {
    result.notes.push({ code: 'import.no-awards', where: '', values: sectionValues('achievements'), severity: 'warning' });
  }
}
