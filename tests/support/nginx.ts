import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

/** Debian's nginx; `.ci/run` installs it when it is missing. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The shipped server configuration, as the Dockerfile copies it. */
export const NGINX_CONF = join(ROOT, 'scripts', 'deploy', 'nginx.conf');

/** A running nginx serving one built site on 127.0.0.1. */
export interface NginxSite {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  /** The configuration nginx was started with (the shipped one with `listen` and `root` changed). */
  config: string;
  close(): Promise<void>;
}

/** The Dockerfile next to the nginx configuration. */
export const DOCKERFILE = join(ROOT, 'scripts', 'deploy', 'Dockerfile');

/**
 * The server configuration the Docker image ends up with for a base path: the shipped file after
 * the Dockerfile's own `sed` command, run here by the shell with `BASE_PATH` set as Docker sets it.
 */
export function dockerConfig(base: string): string {
  const dockerfile = readFileSync(DOCKERFILE, 'utf8');
  const command = /sed -i -E ("[^"]+") \/etc\/nginx\/conf\.d\/default\.conf/.exec(dockerfile)?.[1];
  if (!command) throw new Error(`${DOCKERFILE}: no sed command that edits /etc/nginx/conf.d/default.conf`);
  return execFileSync('sh', ['-c', `sed -E ${command} "$CONF"`], { env: { ...process.env, BASE_PATH: base, CONF: NGINX_CONF }, encoding: 'utf8' });
}

/**
 * A server configuration made to run here: `listen` on a loopback port and `root` at a folder of
 * ours. Everything else is kept as written.
 */
export function adaptConfig(config: string, options: { port: number; root: string }): string {
  const listens = config.match(/^\s*listen\s[^;]*;\s*$/gm) ?? [];
  const roots = config.match(/^\s*root\s[^;]*;\s*$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) throw new Error(`${NGINX_CONF}: expected listen lines and one root line`);
  return config
    .replace(/^\s*listen\s[^;]*;\s*\n/gm, '')
    .replace(/^(\s*)root\s[^;]*;/m, `$1listen 127.0.0.1:${options.port};\n$1root ${options.root};`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} within 10 s:\n${log()}`);
}

/**
 * Starts Debian's nginx in the foreground over a built site, with the configuration the Docker
 * image has for `base`, the sub-path the site was built for. Under a sub-path the site is laid out
 * below the document root at that path, as the Dockerfile and the publishing guide do.
 */
export async function startNginx(siteDir: string, base = '/'): Promise<NginxSite> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: install Debian's nginx package (apt-get install -y nginx)`);
  const work = mkdtempSync(join(tmpdir(), 'huazhang-nginx-'));
  let root = siteDir;
  if (base !== '/') {
    root = join(work, 'html');
    const siteRoot = join(root, base.replace(/\/$/, ''));
    mkdirSync(dirname(siteRoot), { recursive: true });
    symlinkSync(siteDir, siteRoot);
  }
  const port = await freePort();
  const config = adaptConfig(dockerConfig(base), { port, root });
  writeFileSync(join(work, 'site.conf'), config);
  // The http block of Debian's and the official image's nginx.conf, reduced to what the site needs,
  // with every file nginx writes kept in our temporary folder.
  const main = [
    'worker_processes 1;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    // As root, workers would otherwise switch to a user that may not read the built site.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(work, kind)};`),
    `  include ${join(work, 'site.conf')};`,
    '}',
  ].join('\n');
  writeFileSync(join(work, 'nginx.conf'), main);
  const child = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => `${stderr}${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`;
  await waitForPort(port, child, log);
  return {
    url: `http://127.0.0.1:${port}${base}`,
    config,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
