import { describe, expect, it } from 'vitest';
import { decapFiles, decapFolder, decapScript, decapVersion } from '../../../src/lib/cms/assets.ts';
import { editorSetup, EDIT_PROXY_ENV } from '../../../src/lib/cms/setup.ts';

describe('editorSetup', () => {
  it('saves through npm run edit\'s proxy into the content folder, named inside the proxy\'s folder', () => {
    expect(editorSetup('/site', '/tmp/copy/inhalt', { [EDIT_PROXY_ENV]: 'http://127.0.0.1:8081/api/v1' })).toEqual({
      proxyUrl: 'http://127.0.0.1:8081/api/v1',
      contentFolder: 'inhalt',
    });
  });

  it('saves a published site to the content folder\'s place in the repository', () => {
    expect(editorSetup('/site', '/site/content', {})).toEqual({ contentFolder: 'content' });
    expect(editorSetup('/site', '/site/sites/b/content', {})).toEqual({ contentFolder: 'sites/b/content' });
    expect(editorSetup('/site', '/elsewhere/content', {})).toEqual({ contentFolder: 'content' });
  });
});

describe('the published files of Decap CMS', () => {
  it('are its prebuilt script, the chunks it loads and its licence, under a folder named by version', () => {
    expect(decapFolder()).toBe(`/admin/decap-${decapVersion()}/`);
    expect(decapScript()).toBe(`${decapFolder()}decap-cms.js`);
    const files = decapFiles();
    expect(files).toContain('decap-cms.js');
    expect(files).toContain('decap-cms.js.LICENSE.txt');
    expect(files.some((name) => /^\d+\.decap-cms\.js$/.test(name))).toBe(true);
    expect(files.filter((name) => name.endsWith('.map') || name.startsWith('cms.js'))).toEqual([]);
  });
});
