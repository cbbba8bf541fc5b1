import { describe, expect, it } from 'vitest';
import { contentCheck, isContentPath, overlayError, OVERLAY_PLUGIN } from '../../../src/integrations/content-check.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/index.ts';

const error: Diagnostic = {
  file: 'content/dossiers/demo.md',
  line: 3,
  column: 1,
  field: 'subtitle',
  code: 'field.empty',
  values: { field: 'subtitle' },
  severity: 'error',
};
const warning: Diagnostic = {
  file: 'content/dossiers/demo.md',
  field: '',
  code: 'section.missing',
  values: { dossier: 'demo', section: '创建篇', sectionEn: 'creation section', expected: 'content/creation/demo/01-….md' },
  severity: 'warning',
};

describe('the dev overlay message', () => {
  it('is the formatted report, pointing the overlay at the first error', () => {
    const err = overlayError([warning, error], '/site');
    expect(err).toMatchObject({ id: '/site/content/dossiers/demo.md', plugin: OVERLAY_PLUGIN, stack: '' });
    expect(err?.loc).toEqual({ file: '/site/content/dossiers/demo.md', line: 3, column: 1 });
    expect(err?.message).toMatchInlineSnapshot(`
      "内容检查发现问题，修改后保存即可自动刷新。

      content/dossiers/demo.md  警告：纪实“demo”还没有创建篇（content/creation/demo/01-….md）
          提示：每个纪实有管理篇、服务篇、创建篇、成就篇四部分；补上缺少的部分。
      content/dossiers/demo.md:3:1  subtitle  错误：字段不能为空
          提示：在冒号后面填写内容，或删除这一行（仅限可选字段）。

      1 个错误，1 个警告"
    `);
  });

  it('is in English when asked, and absent when there are only warnings', () => {
    expect(overlayError([error], '/site', 'en')?.message).toContain('content/dossiers/demo.md:3:1  subtitle  error: this field must not be empty');
    expect(overlayError([warning], '/site')).toBeUndefined();
    expect(overlayError([], '/site')).toBeUndefined();
  });

  it('omits the location when the error has no line, such as a file in the wrong encoding', () => {
    const encoding: Diagnostic = { file: 'content/a.md', field: '', code: 'encoding.gb18030', values: { file: 'content/a.md' }, severity: 'error' };
    expect(overlayError([encoding], '/site')?.loc).toBeUndefined();
  });
});

describe('contentCheck', () => {
  it('reruns only for files inside the content folder', () => {
    expect(isContentPath('/site/content/dossiers/a.md', '/site/content')).toBe(true);
    expect(isContentPath('/site/src/pages/index.astro', '/site/content')).toBe(false);
    expect(isContentPath('/site/content-old/a.md', '/site/content')).toBe(false);
  });

  it('is an Astro integration hooking config and dev-server setup', () => {
    const integration = contentCheck();
    expect(integration.name).toBe(OVERLAY_PLUGIN);
    expect(Object.keys(integration.hooks)).toEqual(['astro:config:setup', 'astro:server:setup']);
  });
});
