// npm run dev: check the content, then start Astro's dev server. Astro stops with a stack trace
// when a file is already broken at start-up (once running, the overlay reports it instead), so
// editors get the checker's messages and the fix to make first.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../src/lib/checks/index.ts';
import { formatDiagnostics } from '../src/lib/diagnostics/index.ts';
import { contentDirFromEnv } from '../src/lib/site-settings.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const diagnostics = await runChecks({ root, contentDir: contentDirFromEnv(root) });
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error(formatDiagnostics(diagnostics));
  console.error('\n内容有错误，预览没有启动。改正后重新运行 npm run dev；预览运行时保存的错误会直接显示在浏览器里。');
  process.exitCode = 1;
} else {
  // The same Node that runs this script (the pinned Node 24) runs Astro.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const server = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  server.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
