import { describe, expect, it } from 'vitest';
import { awardAnchor, folderName, levelSlug, printAnchor, unitSlug, urls, withBase, withoutBase } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('builds every address from the site root, pages ending in a slash', () => {
    expect(urls.dossier('huangzhou-office')).toBe('/huangzhou-office/');
    expect(urls.section('huangzhou-office', 'service')).toBe('/huangzhou-office/service/');
    expect(urls.article('huangzhou-office', 'service', 'xinxi')).toBe('/huangzhou-office/service/#xinxi');
    expect(urls.award('huangzhou-office', 0)).toBe('/huangzhou-office/achievements/#award-01');
    expect(urls.awardsLevel('省级')).toBe('/awards/level/provincial/');
    expect(urls.awardsLevel(undefined)).toBe('/awards/level/unspecified/');
    expect(urls.awardsUnit(' 黄州区 政府办公室 ')).toBe('/awards/unit/黄州区-政府办公室/');
    expect(urls.contentFile('service/a b/课表.pdf')).toBe('/_files/service/a%20b/%E8%AF%BE%E8%A1%A8.pdf');
  });

  it('numbers award anchors from 01 and keeps print anchors apart by section', () => {
    expect(awardAnchor(0)).toBe('award-01');
    expect(awardAnchor(11)).toBe('award-12');
    expect(printAnchor('service')).toBe('service');
    expect(printAnchor('service', 'xinxi')).toBe('service-xinxi');
  });

  it('replaces only what would break a path in unit and level segments', () => {
    expect(unitSlug('a/b?c#d%e')).toBe('a-b-c-d-e');
    expect(levelSlug('国家级')).toBe('national');
    expect(folderName(urls.searchIndex())).toBe('search-index');
  });

  it('adds and removes the base path with exactly one slash between', () => {
    expect(withBase('/huazhang/', '/awards/')).toBe('/huazhang/awards/');
    expect(withBase('/huazhang', 'awards/')).toBe('/huazhang/awards/');
    expect(withBase('/', '/awards/')).toBe('/awards/');
    expect(withoutBase('/huazhang/', '/huazhang/awards/')).toBe('/awards/');
    expect(withoutBase('/huazhang/', '/huazhang')).toBe('/');
    expect(withoutBase('/huazhang/', '/awards/')).toBeUndefined();
    expect(withoutBase('/', '/awards/')).toBe('/awards/');
  });
});
