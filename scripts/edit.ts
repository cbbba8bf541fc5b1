// npm run edit: everything an editor needs to edit the content folder in the browser, on their own
// computer. Starts Decap CMS's local proxy (which reads and writes the files) and the preview
// server (which serves /admin/ and the site), then prints the one address to open.
//
//   npm run edit [-- --content <folder>] [-- --port <number>]
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/lib/checks/index.ts';
import { EDIT_PROXY_ENV } from '../src/lib/cms/setup.ts';
import { formatDiagnostics } from '../src/lib/diagnostics/index.ts';
import { urls } from '../src/lib/urls.ts';
import { contentDirFromEnv } from '../src/lib/site-settings.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The first port from `from` up that nothing on this computer listens on. */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`端口 ${from}–${from + 99} 都被占用`);
}

/** Resolves once `url` answers (with a page, when `ok` is set), or rejects when `child` exits first. */
async function answering(url: string, child: ChildProcess, name: string, ok = false): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (exited) throw new Error(`${name}没有启动`);
    const answered = await fetch(url).then(
      (response) => !ok || response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${name}在 5 分钟内没有响应：${url}`);
}

/** What {@link startEditing} started, and how to stop it. */
export interface Editing {
  /** The address of the editor: `http://127.0.0.1:4321/admin/`. */
  url: string;
  stop(): void;
}

/**
 * Starts the local proxy on the content folder's parent and the preview server on the content
 * folder. Output of both goes to this process's stderr, so stdout carries only the address.
 */
export async function startEditing(options: { contentDir: string; port?: number }): Promise<Editing> {
  const contentDir = resolve(options.contentDir);
  const proxyPort = await freePort(8081);
  const sitePort = await freePort(options.port ?? 4321);
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const url = `http://127.0.0.1:${sitePort}${urls.admin()}`;
  const proxy = spawn(process.execPath, [require.resolve('decap-server')], {
    cwd: root,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dirname(contentDir), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const site = spawn(process.execPath, [astro, 'dev', '--port', String(sitePort), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, HUAZHANG_CONTENT: contentDir, [EDIT_PROXY_ENV]: proxyUrl },
    // Astro's own banner would print a second address; its warnings and errors still show.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let siteErrors = '';
  site.stderr!.on('data', (chunk: Buffer) => {
    siteErrors += chunk.toString();
    process.stderr.write(chunk);
  });
  const stop = () => {
    for (const child of [site, proxy]) if (child.exitCode === null) child.kill();
  };
  // Whenever this process is told to end, even while still starting, the servers end with it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  try {
    await answering(`http://127.0.0.1:${proxyPort}/`, proxy, '本地代理');
    // The editor's page is only served once the server has loaded the content; asking for it
    // also prepares its script before the editor opens it.
    await answering(url, site, '预览服务器', true);
  } catch (error) {
    stop();
    // Astro runs one dev server per project: npm run dev, or another npm run edit.
    if (/already running/i.test(siteErrors)) throw new Error('本项目已经有一个预览服务器在运行（npm run dev 或另一个 npm run edit）。先在它的窗口按 Ctrl+C 关掉，再运行 npm run edit。');
    throw error;
  }
  return { url, stop };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { content: { type: 'string' }, port: { type: 'string' } } });
  const contentDir = values.content ? resolve(values.content) : contentDirFromEnv(root);
  const diagnostics = await runChecks({ root, contentDir });
  if (diagnostics.some((d) => d.severity === 'error')) {
    console.error(formatDiagnostics(diagnostics));
    console.error('\n内容有错误，编辑器没有启动。先按上面的提示改正（npm run check 可以再检查），再运行 npm run edit。');
    process.exitCode = 1;
    return;
  }
  console.error('正在启动内容编辑……');
  const editing = await startEditing({ contentDir, ...(values.port ? { port: Number(values.port) } : {}) });
  console.log(`在浏览器中打开 ${editing.url} 编辑内容（保存的修改写入 ${contentDir}）。按 Ctrl+C 结束。`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
