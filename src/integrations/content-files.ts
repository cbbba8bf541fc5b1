import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES_DIR, publishContentFiles } from '../lib/content-files.ts';
import { contentTypeOf } from '../lib/content-type.ts';

/**
 * Publishes the files kept next to the Markdown (images, PDFs) under `/_files/`, where rendered
 * bodies link to them: in a build, the ones some page links to or shows are copied; the dev
 * server serves them from the content folder.
 */
export function contentFiles(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'huazhang:content-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${CONTENT_FILES_DIR}/`;
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = normalize(join(options.contentDir, decodeURIComponent(url.slice(prefix.length))));
          if (!file.startsWith(options.contentDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', contentTypeOf(file));
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Only what the built pages link to or show is published: the pages are the one truth.
        const { published, unlinked } = await publishContentFiles(options.contentDir, fileURLToPath(dir), base);
        if (published > 0) logger.info(`附件：${published} 个文件发布到 /${CONTENT_FILES_DIR}/`);
        if (unlinked > 0) logger.info(`附件：${unlinked} 个文件没有页面链接，未发布（npm run check 列出它们）`);
      },
    },
  };
}
