// @ts-check
import { fileURLToPath } from 'node:url';
import { markdownSettings } from './src/lib/markdown/markdown-settings.ts';
import { loadSiteSettings, contentDirFromEnv } from './src/lib/site-settings.ts';
import { folderName, urls } from './src/lib/urls.ts';
import { recordBuildTimings } from './src/integrations/build-timings.ts';
import { renderGate } from './src/integrations/render-gate.ts';
import { aheadOfPages } from './src/integrations/ahead-of-pages.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentEditor } from './src/integrations/content-editor.ts';
import { workbookPacking } from './src/integrations/workbook-packing.ts';
import { editorSetup } from './src/lib/cms/setup.ts';
import { hasEditor } from './src/lib/cms/config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = loadSiteSettings(contentDirFromEnv(root));
// The content editor at /admin/ saves through npm run edit's local proxy, or to site.yaml's repository.
const editor = editorSetup(root, contentDirFromEnv(root), process.env);

// Site title, URL and base path come from content/site.yaml, the one file editors change.
// Typed by JSDoc rather than wrapped in `defineConfig`, which returns its argument: importing it
// loads `astro/config`, whose entry also loads Astro's SVG optimizer, font providers and session
// drivers, about 0.07 s of every build's start (scripts/bench/README.md, "The config without
// astro/config").
/** @type {import('astro').AstroUserConfig} */
export default {
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  // Each page is written with several file-system calls (its folder and file, and their copies in
  // the incremental cache) that Astro awaits one after another; with pages in flight together the
  // renderer works while they wait. At 1,000 dossiers one page at a time left Astro's thread idle
  // for 22 of its 52 s (scripts/bench/README.md, "Pages in flight together").
  build: { format: 'directory', assets: folderName(urls.assets()), concurrency: 16 },
  // Content bodies are rendered by src/data.ts with this same processor and highlighting (none),
  // which Astro loads only if it renders Markdown itself. The default processor (Sätteri) silently
  // skips remark and rehype plugins, and the sanitizer is one.
  markdown: markdownSettings(),
  // The dev server shows content problems in its overlay, worded as `npm run check` words them.
  // Files kept next to the Markdown are published under /_files/, the content editor's script
  // beside /admin/. Award workbooks are compressed once, not twice (workbook-packing.ts). The
  // search index is built by scripts/build.ts once Astro is done.
  integrations: [
    contentCheck({ contentDir: contentDirFromEnv(root) }),
    contentFiles({ contentDir: contentDirFromEnv(root) }),
    contentEditor({ publish: hasEditor(settings, editor) }),
    workbookPacking(),
    recordBuildTimings(),
    // After the timings, so that the content phase ends when the content is synced, not when the
    // check lets a large archive render (scripts/build.ts).
    renderGate(),
    // After the gate, so that bodies are rendered ahead only once pages may be.
    aheadOfPages({ root, contentDir: contentDirFromEnv(root), base: settings.base }),
  ],
  // Pages read the settings validated here, so the config and the pages can never disagree.
  vite: {
    // Pages read Markdown bodies from files whose paths Astro records relative to the root.
    define: { __SITE_SETTINGS__: JSON.stringify(settings), __PROJECT_ROOT__: JSON.stringify(root), __CONTENT_EDITOR__: JSON.stringify(editor) },
    server: {
      // Test and benchmark builds write thousands of files the dev server must not watch.
      watch: { ignored: ['**/bench-results/**', '**/tests/.output/**', '**/dist/**', '**/.dist-*/**'] },
      // While editing, every save changes a content file; the editor must not reload under the
      // editor's hands. The site's pages show the change when reloaded.
      ...(editor.proxyUrl ? { hmr: false } : {}),
    },
    // Scripts stay files of their own, never inlined into pages, so the site runs under a
    // Content-Security-Policy without 'unsafe-inline' (scripts/deploy/nginx.conf).
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // The content editor's script (/admin/, for editors only) carries the checker, the YAML reader
      // and the pinyin dictionary, about 720 KB; every reading page's script stays under 60 KB.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        // gray-matter's `javascript` engine calls eval; the front matter reader replaces that
        // engine with one that refuses (src/lib/front-matter/yaml-engine.ts), so the call never runs
        // and the warning would only alarm the editor who reads the build log.
        onLog(level, log, handler) {
          if (log.code === 'EVAL' && /[\\/]gray-matter[\\/]/.test(log.id ?? '')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // A rebuild reuses every page whose code and inputs are unchanged (src/lib/routes/page-cache-key.ts).
  experimental: { incrementalBuild: true },
};
