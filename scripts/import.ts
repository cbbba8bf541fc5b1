// npm run import -- <file> [--slug <dossier>] [--unit <unit>] [--dry-run] [--force] [--strict] [--lang en] [--content <dir>]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/constants.ts';
import { formatDiagnostics, type Diagnostic, type DiagnosticLang, type MessageCode } from '../src/lib/diagnostics/index.ts';
import { formatImportReport, importDossier } from '../src/lib/import/index.ts';

const USAGE = 'npm run import -- <文件.docx|.md|.txt> [--slug <纪实>] [--unit <单位>] [--dry-run] [--force] [--strict] [--lang en] [--content <目录>]';

/** The file's bytes, or the problem an editor sees when it cannot be opened (never a stack trace). */
function readSource(file: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: Diagnostic } {
  try {
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const problem = (code: MessageCode, values: Record<string, string> = {}): Diagnostic => ({ file, field: '', code, values, severity: 'error' });
    if (errno === 'ENOENT') return { ok: false, problem: problem('import.missing-file') };
    if (errno === 'EISDIR') return { ok: false, problem: problem('import.is-folder') };
    return { ok: false, problem: problem('import.unreadable', { reason: error instanceof Error ? error.message : String(error) }) };
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      unit: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'zh' },
      content: { type: 'string', default: CONTENT_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const lang: DiagnosticLang = values.lang === 'en' ? 'en' : 'zh';
  const file = positionals[0]!;
  const data = readSource(file);
  if (!data.ok) {
    console.log(formatDiagnostics([data.problem], lang));
    return 1;
  }
  const result = await importDossier(file, data.bytes, {
    contentDir: resolve(values.content),
    dryRun: values['dry-run'],
    force: values.force,
    ...(values.slug ? { slug: values.slug } : {}),
    ...(values.unit ? { unit: values.unit } : {}),
  });
  console.log(formatImportReport({ ...result, contentDir: values.content }, lang));
  // A dry run that would be refused fails too, so it can guard a script before the real run;
  // --strict also fails on warnings (calls to check, content not imported).
  const failed = result.outcome === 'failed' || result.outcome === 'blocked' || result.diagnostics.some((d) => d.severity === 'error');
  return failed || (values.strict && result.diagnostics.length > 0) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
