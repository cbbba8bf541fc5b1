import { describe, expect, it } from 'vitest';
import { siteBodySources } from '../../../src/lib/dossiers/body-sources.ts';

describe('siteBodySources', () => {
  it("keys every file's body by collection and id, under its dossier, with its content hash as text", () => {
    const bodies = siteBodySources('/site', [
      { collection: 'dossiers', id: 'huangzhou-office', filePath: 'content/dossiers/huangzhou-office.md', digest: 'a1' },
      { collection: 'service', id: 'huangzhou-office/03-bianmin', filePath: 'content/service/huangzhou-office/03-bianmin.md', digest: 42 },
      { collection: 'achievements', id: 'huangzhou-office', filePath: 'content/achievements/huangzhou-office.md', digest: 'c3' },
    ]);
    expect(bodies).toEqual([
      { key: 'dossiers:huangzhou-office', file: '/site/content/dossiers/huangzhou-office.md', digest: 'a1', dossier: 'huangzhou-office' },
      { key: 'service:huangzhou-office/03-bianmin', file: '/site/content/service/huangzhou-office/03-bianmin.md', digest: '42', dossier: 'huangzhou-office' },
      { key: 'achievements:huangzhou-office', file: '/site/content/achievements/huangzhou-office.md', digest: 'c3', dossier: 'huangzhou-office' },
    ]);
  });

  it('leaves out an entry no file holds, and refuses a file without a content hash', () => {
    expect(siteBodySources('/site', [{ collection: 'dossiers', id: 'x' }])).toEqual([]);
    expect(() => siteBodySources('/site', [{ collection: 'dossiers', id: 'x', filePath: 'content/dossiers/x.md' }])).toThrow('content/dossiers/x.md 没有内容摘要');
  });
});
