// Starts `npm run edit` (scripts/edit.ts) on a content folder, as an editor does, and reads the one
// address it prints.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** A running `npm run edit`. */
export interface EditingProcess {
  /** The address it printed: `http://127.0.0.1:4321/admin/`. */
  url: string;
  /** Everything it wrote to stderr so far: the proxy's and the preview server's warnings. */
  log(): string;
  stop(): Promise<void>;
}

/** Runs scripts/edit.ts on `contentDir` and waits for the address it prints. */
export function startEditingProcess(contentDir: string, port: number): Promise<EditingProcess> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'scripts', 'edit.ts'), '--content', contentDir, '--port', String(port)], {
    cwd: ROOT,
    // As an editor's shell runs it: Astro's dev server serves no pages when it sees the test runner's variables.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stopped = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await stopped;
  };
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /(http:\/\/\S+\/admin\/)/.exec(stdout)?.[1];
      if (url) resolve({ url, log: () => stderr, stop });
    });
    child.once('exit', (code) => reject(new Error(`npm run edit exited with ${code}:\n${stderr}`)));
  });
}
