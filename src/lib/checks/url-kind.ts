/**
 * Addresses that can only work on the editor's own machine or network, told apart so the link
 * rules can say why, and the ordinary link check can leave them to that explanation.
 */
export type LocalAddress = { kind: 'local-file' } | { kind: 'data' } | { kind: 'intranet'; host: string };

// A file on a disk or a share: `C:\…`, `D:/…`, `file:///…`, `\\server\share` (Markdown reads the
// doubled backslash as one).
const LOCAL_FILE = /^\s*(?:file:|[a-z]:[\\/]|\\)/i;
const DATA_URL = /^\s*data:/i;
// Loopback, private ranges and bare host names (`http://oa/`), reachable inside an office only.
const INTRANET = /^\s*https?:\/\/(?:[^/@]*@)?(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9-]+|[^/:]+\.(?:local|lan|intranet|internal))(?::\d+)?(?:[/?#]|$)/i;

/** What kind of machine-bound address `url` is, or `undefined` for an ordinary one. */
export function localAddress(url: string): LocalAddress | undefined {
  if (LOCAL_FILE.test(url)) return { kind: 'local-file' };
  if (DATA_URL.test(url)) return { kind: 'data' };
  const intranet = INTRANET.exec(url);
  return intranet ? { kind: 'intranet', host: intranet[1]! } : undefined;
}
