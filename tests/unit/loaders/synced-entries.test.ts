import { describe, expect, it } from 'vitest';
import { recordSynced, takeSynced } from '../../../src/loaders/synced-entries.ts';

describe('takeSynced', () => {
  const entry = (collection: string, id: string) => ({ collection, id, data: { title: id }, filePath: `content/${collection}/${id}.md`, digest: id });

  it('gives every named collection as last synced, once', () => {
    recordSynced('dossiers', [entry('dossiers', 'old')]);
    recordSynced('dossiers', [entry('dossiers', 'a')]);
    recordSynced('achievements', [entry('achievements', 'a')]);
    expect(takeSynced(['dossiers', 'achievements'])).toEqual([entry('dossiers', 'a'), entry('achievements', 'a')]);
    expect(takeSynced(['dossiers', 'achievements'])).toBeUndefined();
  });

  it('gives nothing while any named collection is missing, so that no caller works from part of the content', () => {
    recordSynced('dossiers', [entry('dossiers', 'a')]);
    expect(takeSynced(['dossiers', 'service'])).toBeUndefined();
    recordSynced('service', []);
    expect(takeSynced(['dossiers', 'service'])).toBeUndefined();
  });
});
