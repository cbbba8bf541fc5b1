import { describe, expect, it } from 'vitest';
import type { BlockNote } from '../../../src/lib/import/block.ts';
import type { ImportedDossier } from '../../../src/lib/import/imported.ts';
import { renderDossier } from '../../../src/lib/import/render.ts';
import { splitAchievementsBody } from '../../../src/lib/content-text/index.ts';
import { splitFrontMatter } from '../../../src/lib/front-matter/index.ts';

const note = (id: string, text: string, at: number): BlockNote => ({ id, kind: 'footnote', text, where: `Word 脚注 ${id}`, at });

describe('renderDossier with notes', () => {
  it("writes each note of an achievements file after the part that first references it, so each of the editor's two fields holds its own", () => {
    const dossier: ImportedDossier = {
      title: '清风纪实',
      subtitle: '某某局创建文明单位纪实',
      unit: '某某局',
      preface: [{ kind: 'text', text: '前言。' }],
      sections: [],
      achievements: {
        intro: [{ kind: 'text', text: '五年来获得多项荣誉。', notes: [note('a', '以证书为准。', 9)] }],
        awards: [],
        closing: [{ kind: 'text', text: '再接再厉。', notes: [note('b', '结语的注。', 4), note('a', '以证书为准。', 5)] }],
      },
    };
    const file = renderDossier(dossier, 'x').find((f) => f.kind === 'achievements')!;
    const { intro, closing } = splitAchievementsBody(splitFrontMatter(file.text!).body);
    expect(intro).toBe('五年来获得多项荣誉[^1]。\n\n[^1]: 以证书为准。');
    expect(closing).toBe('再接再厉[^2]。[^1]\n\n[^2]: 结语的注。');
  });
});
