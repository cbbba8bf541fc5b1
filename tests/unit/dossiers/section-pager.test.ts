import { describe, expect, it } from 'vitest';
import { sectionPager } from '../../../src/lib/dossiers/index.ts';

const dossier = { slug: 'd', title: '纪实' };

describe('sectionPager', () => {
  it('leads from the first section back to the cover', () => {
    expect(sectionPager(dossier, 'management')).toEqual({
      prev: { title: '纪实', path: '/d/' },
      next: { title: '服务篇', path: '/d/service/' },
    });
  });
  it('has no next after the last section', () => {
    expect(sectionPager(dossier, 'achievements')).toEqual({ prev: { title: '创建篇', path: '/d/creation/' } });
  });
});
