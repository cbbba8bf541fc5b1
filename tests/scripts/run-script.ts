import { spawnSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');
// The pinned Node 24 from devDependencies runs .ts files natively, as `npm run` does.
const NODE = path.join(REPO, 'node_modules/.bin/node');

/** Runs `scripts/<name>.ts` with arguments in `cwd`, stdin closed (so never a terminal). */
export function runScript(name: string, args: readonly string[], cwd: string) {
  const result = spawnSync(NODE, [path.join(REPO, 'scripts', `${name}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
