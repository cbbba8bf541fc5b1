import { describe, expect, it } from 'vitest';
import type { PublishedAward } from '../../../src/lib/search/award-records.ts';
import { indexGroupOrder, shardGroups, splitShards } from '../../../src/lib/search/shard-plan.ts';

const award = (dossier: string, unit: string, dossierTitle: string) => ({ dossier, unit, dossierTitle }) as PublishedAward;

describe('the shard plan', () => {
  it("puts dossiers in the order their pages' files sort, which indexGroupOrder gives from their slugs alone", () => {
    const slugs = ['b', 'a', 'a-b', 'a.b', 'A', '安城'];
    const files = slugs.flatMap((slug) => [`${slug}/index.html`, `${slug}/service/index.html`]).sort();
    const groups = shardGroups(files.map((file) => ({ file, group: file.slice(0, file.indexOf('/')) })), []);
    expect(groups.map((group) => group.id)).toEqual(indexGroupOrder(slugs));
    expect(indexGroupOrder(slugs)).toEqual(['A', 'a-b', 'a.b', 'a', 'b', '安城']);
  });

  it('puts each award with its dossier, and a unit with the dossier of its first award, naming all its dossiers', () => {
    const awards = [award('d2', '甲单位', '甲档案二'), award('d1', '乙单位', '乙档案'), award('d3', '甲单位', '甲档案三')];
    const groups = shardGroups([{ file: 'd1/index.html', group: 'd1' }], awards);
    expect(groups.map((group) => [group.id, group.files, group.awards.length, group.units])).toEqual([
      ['d1', ['d1/index.html'], 1, [{ unit: '乙单位', dossierTitles: ['乙档案'] }]],
      ['d2', [], 1, [{ unit: '甲单位', dossierTitles: ['甲档案二', '甲档案三'] }]],
      ['d3', [], 1, []],
    ]);
  });

  it('cuts groups into shards as the policy says for a site of that size', () => {
    const ids = Array.from({ length: 7 }, (_, i) => i);
    expect(splitShards(ids, { dossiersPerShard: 3 })).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(splitShards(ids, { dossiersPerShard: 2, maxShards: 2 })).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    expect(splitShards(ids, undefined)).toEqual([ids]);
    expect(splitShards([], { dossiersPerShard: 3 })).toEqual([]);
  });
});
