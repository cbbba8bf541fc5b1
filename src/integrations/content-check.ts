import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ErrorPayload, ViteDevServer } from 'vite';
import { CONTENT_DIR } from '../lib/constants.ts';
import { formatDiagnostics, type Diagnostic, type DiagnosticLang } from '../lib/diagnostics/index.ts';

/** Options of {@link contentCheck}. */
export interface ContentCheckOptions {
  /** The content folder, absolute or relative to the project root. @default 'content' */
  contentDir?: string;
  /** The language of the messages. @default 'zh' */
  lang?: DiagnosticLang;
}

/** The name the overlay shows as the source of the error. */
export const OVERLAY_PLUGIN = 'huazhang:content-check';

/**
 * The error shown in the browser overlay for a check's diagnostics, or `undefined` when there are
 * no errors (warnings alone never block the page). The text is the same formatted report the
 * checker and the build print; the location of the first error lets the overlay open the editor there.
 */
export function overlayError(diagnostics: readonly Diagnostic[], root: string, lang: DiagnosticLang = 'zh'): ErrorPayload['err'] | undefined {
  const first = diagnostics.find((d) => d.severity === 'error');
  if (!first) return undefined;
  const file = path.resolve(root, first.file);
  const heading = lang === 'zh' ? '内容检查发现问题，修改后保存即可自动刷新。' : 'The content check found problems; save a fix and the page reloads.';
  return {
    message: `${heading}\n\n${formatDiagnostics(diagnostics, lang)}`,
    // No stack: editors need the file and line, not our call chain.
    stack: '',
    id: file,
    plugin: OVERLAY_PLUGIN,
    ...(first.line !== undefined ? { loc: { file, line: first.line, column: first.column ?? 1 } } : {}),
  };
}

/** Whether a changed path is inside the content folder, so unrelated edits do not rerun the check. */
export function isContentPath(changed: string, contentDir: string): boolean {
  const relative = path.relative(contentDir, changed);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function sendToBrowser(server: ViteDevServer, payload: ErrorPayload | { type: 'full-reload'; path: string }): void {
  // Vite 6+ sends HMR messages through the client environment; `ws` is the older channel.
  const hot = server.environments?.client?.hot ?? server.ws;
  hot.send(payload);
}

/**
 * Runs the content check when the dev server starts and whenever a content file changes, showing
 * errors in the browser's error overlay and the terminal, and reloading the page once they are
 * fixed, so editors never need to restart the server. Builds call `runChecks` themselves.
 */
export function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  const lang = options.lang ?? 'zh';
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? CONTENT_DIR);
  return {
    name: OVERLAY_PLUGIN,
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        contentDir = path.resolve(root, options.contentDir ?? CONTENT_DIR);
      },
      'astro:server:setup': ({ server, logger }) => {
        let current: ErrorPayload['err'] | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let running = Promise.resolve();

        const check = async () => {
          // The checker loads only with the dev server: a build checks in a process of its own, and
          // loading the checker's modules in Astro's process cost every build about 0.1 s.
          const { runChecks } = await import('../lib/checks/index.ts');
          const diagnostics = await runChecks({ root, contentDir });
          const before = current;
          current = overlayError(diagnostics, root, lang);
          if (current) {
            logger.error(`\n${formatDiagnostics(diagnostics, lang)}`);
            sendToBrowser(server, { type: 'error', err: current });
          } else {
            if (diagnostics.length > 0) logger.warn(`\n${formatDiagnostics(diagnostics, lang)}`);
            // The overlay stays until the page reloads; reload once the last error is fixed.
            if (before) sendToBrowser(server, { type: 'full-reload', path: '*' });
          }
        };
        const schedule = (changed: string) => {
          if (!isContentPath(changed, contentDir)) return;
          // Editors' save bursts (write, rename, touch) settle into one check.
          clearTimeout(timer);
          timer = setTimeout(() => {
            running = running.then(check).catch((error: unknown) => logger.error(String(error)));
          }, 150);
        };

        server.watcher.add(contentDir);
        server.watcher.on('add', schedule);
        server.watcher.on('change', schedule);
        server.watcher.on('unlink', schedule);
        // A browser that connects (or reconnects after a reload) sees a standing error at once.
        (server.environments?.client?.hot ?? server.ws).on('vite:client:connect', () => {
          if (current) sendToBrowser(server, { type: 'error', err: current });
        });
        running = check().catch((error: unknown) => logger.error(String(error)));
      },
    },
  };
}
