// npm run import -- <file> [--slug <dossier>] [--unit <unit>] [--dry-run] [--force] [--strict] [--lang en] [--content <dir>]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/constants.ts';
import type { DiagnosticLang } from '../src/lib/diagnostics/index.ts';
import { formatImportReport, importDossier } from '../src/lib/import/index.ts';

const USAGE = 'npm run import -- <文件.docx|.md|.txt> [--slug <纪实>] [--unit <单位>] [--dry-run] [--force] [--strict] [--lang en] [--content <目录>]';

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
  const result = await importDossier(file, readFileSync(file), {
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
