/**
 * `npm run new -- <slug> [--title …] [--unit …] [--period …] [--lang en] [--content <dir>]`:
 * scaffolds a dossier that passes `npm run check`. Prompts for missing values when run in a
 * terminal; never overwrites anything.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readMarkdownFields } from '../src/lib/front-matter/index.ts';
import { CONTENT_DIR } from '../src/lib/constants.ts';
import { contentPaths } from '../src/lib/content-paths.ts';
import { formatDiagnostics, fromZodIssues, type Diagnostic, type DiagnosticLang } from '../src/lib/diagnostics/index.ts';
import { dossierFiles, isValidSlug, SCAFFOLD_TEXT, writeNewFiles } from '../src/lib/scaffold/index.ts';
import { isReservedSlug, reservedSlugValues } from '../src/lib/routes/index.ts';
import { addressName } from '../src/lib/checks/suggest-name.ts';
import { DossierSchema } from '../src/lib/schemas/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    unit: { type: 'string' },
    period: { type: 'string' },
    lang: { type: 'string', default: 'zh' },
    content: { type: 'string', default: CONTENT_DIR },
  },
});
const lang: DiagnosticLang = values.lang === 'en' ? 'en' : 'zh';
const text = SCAFFOLD_TEXT[lang];
const root = process.cwd();
const contentDir = path.resolve(root, values.content);
const contentRel = path.relative(root, contentDir).split(path.sep).join('/') || '.';
const slug = positionals[0] ?? '';

function fail(diagnostics: Diagnostic[]): void {
  console.error(formatDiagnostics(diagnostics, lang));
  process.exitCode = 1;
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const folder = `${contentRel}/${path.dirname(contentPaths.dossier('x'))}/`;
  if (slug.trim() === '') {
    fail([{ file: folder, field: '', code: 'scaffold.missing-slug', values: {}, severity: 'error' }]);
    return;
  }
  if (!isValidSlug(slug)) {
    // The suggestion is itself a valid name, and not one the site keeps for itself.
    const name = addressName(slug);
    const suggestion = isReservedSlug(name) ? reservedSlugValues(name).suggestion : name;
    fail([{ file: folder, field: '', code: 'scaffold.slug', values: { slug, suggestion }, severity: 'error' }]);
    return;
  }
  if (isReservedSlug(slug)) {
    fail([{ file: `${contentRel}/${contentPaths.dossier(slug)}`, field: '', code: 'slug.reserved', values: reservedSlugValues(slug), severity: 'error' }]);
    return;
  }
  const interactive = process.stdin.isTTY === true;
  const title = values.title ?? (interactive ? await ask(text.title) : '');
  const unit = values.unit ?? (interactive ? await ask(text.unit) : '');
  const period = values.period ?? (interactive ? await ask(text.period) : '');
  const overviewPath = `${contentRel}/${contentPaths.dossier(slug)}`;
  const missing = [
    { value: title, flag: 'title', what: '纪实标题', whatEn: 'dossier title' },
    { value: unit, flag: 'unit', what: '单位名称', whatEn: 'unit' },
  ].filter((m) => m.value.trim() === '');
  if (missing.length > 0) {
    fail(
      missing.map(({ flag, what, whatEn }) => ({
        file: overviewPath,
        field: flag,
        code: 'scaffold.missing-value' as const,
        values: { flag, what, whatEn, slug },
        severity: 'error' as const,
      })),
    );
    return;
  }

  const files = dossierFiles({ slug, title, unit, ...(period ? { period } : {}) });
  // The overview is validated with the same schema as the check before anything is written.
  const overview = readMarkdownFields(files[0]!.text, overviewPath).data;
  const parsed = DossierSchema.safeParse(overview);
  if (!parsed.success) {
    fail(fromZodIssues(overviewPath, parsed.error.issues, overview));
    return;
  }
  const inTheWay = await writeNewFiles(contentDir, files);
  if (inTheWay.length > 0) {
    fail(inTheWay.map((p) => ({ file: `${contentRel}/${p}`, field: '', code: 'scaffold.exists', values: {}, severity: 'error' })));
    return;
  }
  console.log(text.created.replace('{{slug}}', slug).replace('{{count}}', String(files.length)));
  for (const file of files) console.log(`  ${contentRel}/${file.path}`);
  console.log(text.next);
}

await main();
