import { describe, expect, it } from 'vitest';
import { CONTENT_LAYOUT, contentPaths, parseContentPath } from '../../src/lib/content-paths.ts';
import { ArticleSchema, DossierSchema } from '../../src/lib/schemas/index.ts';

describe('contentPaths', () => {
  it('names the folders of files kept next to an overview and an award list, which no page is built from', () => {
    expect([contentPaths.filesFolder('dossier', 'x'), contentPaths.filesFolder('achievements', 'x')]).toEqual(['dossiers/x', 'achievements/x']);
    expect(parseContentPath('dossiers/x/图1.png')).toBeUndefined();
  });

  it('names every file of a dossier, and reads each name back', () => {
    const paths = [
      contentPaths.site(),
      contentPaths.dossier('huangzhou-office'),
      contentPaths.intro('service', 'huangzhou-office'),
      contentPaths.article('service', 'huangzhou-office', 'xinxi', 2),
      contentPaths.article('creation', 'huangzhou-office', 'zongjie'),
      contentPaths.achievements('huangzhou-office'),
    ];
    expect(paths).toEqual([
      'site.yaml',
      'dossiers/huangzhou-office.md',
      'service/huangzhou-office/index.md',
      'service/huangzhou-office/02-xinxi.md',
      'creation/huangzhou-office/zongjie.md',
      'achievements/huangzhou-office.md',
    ]);
    expect(paths.map(parseContentPath)).toEqual([
      { kind: 'site' },
      { kind: 'dossier', dossier: 'huangzhou-office' },
      { kind: 'section-intro', dossier: 'huangzhou-office', section: 'service' },
      { kind: 'article', dossier: 'huangzhou-office', section: 'service', name: 'xinxi', number: 2 },
      { kind: 'article', dossier: 'huangzhou-office', section: 'creation', name: 'zongjie' },
      { kind: 'achievements', dossier: 'huangzhou-office' },
    ]);
  });

  it('reads no role into files the site is not built from', () => {
    for (const path of ['README.md', 'dossiers/notes/todo.md', 'achievements/a.yaml', 'awards/a.md', 'service/a/photo.png']) {
      expect(parseContentPath(path), path).toBeUndefined();
    }
  });

  it('declares each kind of file once, with its folder, pattern and schema', () => {
    expect(CONTENT_LAYOUT.map((kind) => `${kind.folder}/${kind.pattern}`)).toEqual([
      '/site.yaml',
      'dossiers/{slug}.md',
      'management/{slug}/index.md',
      'management/{slug}/{NN}-{name}.md',
      'service/{slug}/index.md',
      'service/{slug}/{NN}-{name}.md',
      'creation/{slug}/index.md',
      'creation/{slug}/{NN}-{name}.md',
      'achievements/{slug}.md',
    ]);
    expect(CONTENT_LAYOUT.find((kind) => kind.role === 'dossier')!.schema).toBe(DossierSchema);
    expect(CONTENT_LAYOUT.filter((kind) => kind.role === 'article').every((kind) => kind.schema === ArticleSchema)).toBe(true);
  });
});
