// Astro's Markdown settings load the Markdown pipeline only when Astro first renders Markdown, and
// then render as the project's own processor does: the sanitizer and the project's plugins included.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownSettings } from '../../../src/lib/markdown/markdown-settings.ts';
import { siteMarkdownProcessor } from '../../../src/lib/markdown/render.ts';

const settingsFile = fileURLToPath(new URL('../../../src/lib/markdown/markdown-settings.ts', import.meta.url));
const shared = { syntaxHighlight: markdownSettings().syntaxHighlight } as const;

describe("Astro's Markdown settings", () => {
  it('load no Markdown pipeline until Astro asks for a renderer', () => {
    // A plain Node process that notes every module loaded from node_modules or the project.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { markdownSettings } = await import(${JSON.stringify(settingsFile)});
      markdownSettings();
      console.log(JSON.stringify(loaded.filter((url) => url.startsWith('file:'))));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' })) as string[];
    expect(loaded.map((url) => url.replace(/^.*\/(src|node_modules)\//, '$1/'))).toEqual(['src/lib/markdown/markdown-settings.ts']);
  });

  it("render as the project's processor, sanitizer and footnotes included", async () => {
    const body = '# 标题\n\n一是**加强**领导。<script>alert(1)</script>[^1]\n\n<iframe src="https://example.com"></iframe>\n\n[^1]: 见附件。\n';
    const astro = await markdownSettings().processor.createRenderer(shared);
    const site = await siteMarkdownProcessor().createRenderer(shared);
    const [fromAstro, fromSite] = await Promise.all([astro.render(body), site.render(body)]);
    expect(fromAstro.code).toBe(fromSite.code);
    expect(fromAstro.code).toContain('<strong>加强</strong>');
    expect(fromAstro.code).not.toMatch(/<script|<iframe|alert/);
  });
});
