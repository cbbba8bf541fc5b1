// A built site served on the loopback interface, the way a static host serves it: for printing
// PDFs, the browser tests, Lighthouse and the benchmark.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentTypeOf } from '../../src/lib/content-type.ts';

/** A built site served on 127.0.0.1, the way a static host serves it (404.html for misses). */
export interface StaticSite {
  url: string;
  /** Bytes sent per path, for page-weight and first-query measurements. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `base` on a free loopback port. Directory URLs serve their index.html; a
 * missing file gets the site's 404 page with status 404.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = path.startsWith(base) ? path.slice(base.length) : null;
    const send = (status: number, body: Buffer, type: string) => {
      sent.set(path, (sent.get(path) ?? 0) + body.length);
      response.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
      response.end(body);
    };
    try {
      if (relative === null) throw new Error('outside base');
      let file = normalize(join(dir, relative));
      if (!file.startsWith(dir)) throw new Error('outside site');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      send(200, await readFile(file), contentTypeOf(file));
    } catch {
      const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
      send(404, notFound, contentTypeOf('404.html'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
