import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decapDist, decapFiles, decapFolder } from '../lib/cms/assets.ts';
import { contentTypeOf } from '../lib/content-type.ts';
import { urls } from '../lib/urls.ts';

/**
 * Makes `/admin/`: the editor when the site has somewhere to save (`publish`), otherwise a page
 * that says how to set one up, so a site without online editing carries none of the editor's
 * code. Serves Decap CMS's script from the site itself, never from a CDN: the dev server reads it
 * from `node_modules`, and a build copies it next to `/admin/` when the editor is published.
 */
export function contentEditor(options: { publish: boolean }): AstroIntegration {
  let base = '/';
  return {
    name: 'huazhang:content-editor',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const page = options.publish ? '../admin/editor.astro' : '../admin/setup-needed.astro';
        injectRoute({ pattern: urls.admin(), entrypoint: new URL(page, import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base.slice(0, -1) : config.base;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${decapFolder()}`;
        const served = new Set(decapFiles());
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          const name = url.startsWith(prefix) ? url.slice(prefix.length) : '';
          if (!served.has(name)) return next();
          response.setHeader('Content-Type', contentTypeOf(name));
          createReadStream(join(decapDist(), name)).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!options.publish) return;
        const target = join(fileURLToPath(dir), decapFolder());
        await mkdir(target, { recursive: true });
        const files = decapFiles();
        for (const name of files) await copyFile(join(decapDist(), name), join(target, name));
        logger.info(`内容编辑：Decap CMS 的 ${files.length} 个文件发布到 ${decapFolder()}`);
      },
    },
  };
}
