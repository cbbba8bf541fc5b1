/**
 * `npm run check [-- --lang en] [-- --json] [-- --content <dir>]`: checks every content file and
 * prints every problem, grouped by file. Exit code 1 when there are errors, 0 with warnings only.
 */
import { parseArgs } from 'node:util';
import { runChecks } from '../src/lib/checks/index.ts';
import { fillMessage, formatDiagnostics, type Diagnostic, type DiagnosticLang } from '../src/lib/diagnostics/index.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'zh' },
    json: { type: 'boolean', default: false },
    content: { type: 'string' },
    public: { type: 'string' },
  },
});

const lang: DiagnosticLang = values.lang === 'en' ? 'en' : 'zh';
let diagnostics: Diagnostic[];
try {
  diagnostics = await runChecks({
    root: process.cwd(),
    ...(values.content ? { contentDir: values.content } : {}),
    ...(values.public ? { publicDir: values.public } : {}),
  });
} catch (error) {
  // Reading the folder itself failed (permissions, a vanished disk): say so in words, never a stack trace.
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  diagnostics = [{ file: '', field: '', code: 'check.rule-failed', values: { rule: 'load', detail }, severity: 'error' }];
}
const errors = diagnostics.filter((d) => d.severity === 'error').length;

if (values.json) {
  const withText = diagnostics.map((d) => ({ ...d, ...fillMessage(d.code, d.values, lang) }));
  console.log(JSON.stringify({ errors, warnings: diagnostics.length - errors, diagnostics: withText }, null, 2));
} else {
  console.log(formatDiagnostics(diagnostics, lang));
}
process.exitCode = errors > 0 ? 1 : 0;
