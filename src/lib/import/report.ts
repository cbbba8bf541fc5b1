import { fillLabel, formatDiagnostics, summarise, type Diagnostic, type DiagnosticLang, type ImportLabelCode } from '../diagnostics/index.ts';
import { contentPaths } from '../content-paths.ts';
import type { ImportResult } from './import-dossier.ts';
import { excerpt } from './body-parts.ts';
import { carriedNotes } from './footnotes.ts';
import type { Placement } from './imported.ts';

/** The file (or folder) a placement's block went to. */
function destination(p: Placement, result: ImportResult, lang: DiagnosticLang): string {
  const { slug, files } = result;
  switch (p.role) {
    case 'title':
    case 'subtitle':
    case 'preface':
      return contentPaths.dossier(slug);
    case 'section-heading':
      if (p.section === undefined) return '?';
      return p.section === 'achievements' ? contentPaths.achievements(slug) : `${contentPaths.sectionFolder(p.section, slug)}/`;
    case 'intro':
      if (p.section === undefined) return '?';
      return p.section === 'achievements' ? contentPaths.achievements(slug) : contentPaths.intro(p.section, slug);
    case 'article':
    case 'article-heading': {
      const articles = files.filter((f) => f.kind === 'article' && f.section === p.section);
      return articles[p.index ?? 0]?.path ?? '?';
    }
    case 'award':
      return `${contentPaths.achievements(slug)}  awards.${p.index}`;
    case 'award-separator':
      return fillLabel('import.report.separator', {}, lang);
    case 'award-group':
      return fillLabel('import.report.group', {}, lang);
    case 'closing':
      return contentPaths.achievements(slug);
  }
}

function describe(p: Placement, lang: DiagnosticLang): string {
  const role = fillLabel(`import.role.${p.role}`, {}, lang);
  if (p.opening) return fillLabel('import.role.opened-by', { role, how: fillLabel(`import.opening.${p.opening}`, {}, lang) }, lang);
  if (p.continuation) return fillLabel('import.role.continuation', { role }, lang);
  return role;
}

const NOT_CARRIED_CODES = /^import\.not-carried-/;
const DOUBT_CODES = /^import\.(?:doubt-|no-articles|no-awards|section-repeated|section-missing|award-like-text|award-from-sentence)/;

/**
 * The import report: where each paragraph went, the calls to check (structure decided on thin
 * evidence), what was skipped as page chrome, what the site cannot hold and was not imported, the
 * result of the checks with every problem worded by the one diagnostics formatter, and what was,
 * or would be, written. It never says that nothing was lost when something was left out.
 */
export function formatImportReport(result: ImportResult, lang: DiagnosticLang = 'zh'): string {
  const label = (code: ImportLabelCode, values: Record<string, string | number> = {}) => fillLabel(code, values, lang);
  const lines: string[] = [];
  const { structure, read } = result;
  lines.push(label('import.report.title', { input: result.input, slug: result.slug, contentDir: result.contentDir }), '');

  lines.push(label('import.report.placements', { count: structure.placements.length }));
  for (const p of structure.placements) {
    const text = p.text === '' && p.block.images ? `[${label('import.report.picture')}]` : `“${excerpt(p.text, 20)}”`;
    lines.push(`  ${p.block.where}  ${describe(p, lang)}  ${text} → ${destination(p, result, lang)}`);
  }

  const doubts = result.diagnostics.filter((d) => DOUBT_CODES.test(d.code));
  const notCarried = result.diagnostics.filter((d) => NOT_CARRIED_CODES.test(d.code));
  const others = result.diagnostics.filter((d) => !doubts.includes(d) && !notCarried.includes(d));
  // The diagnostics of a part of the report, without the formatter's count line: the count of all comes at the end.
  const formatted = (list: readonly Diagnostic[]) => formatDiagnostics(list, lang).split('\n').slice(0, -2);
  const section = (heading: string, list: readonly Diagnostic[]) => {
    lines.push('', heading);
    if (list.length > 0) lines.push(formatted(list).map((l) => `  ${l}`).join('\n'));
  };
  const colon = lang === 'zh' ? '：' : ': ';
  section(label('import.report.doubts', { count: doubts.length }), doubts);

  const skipped = [...read.skipped, ...structure.skipped];
  lines.push('', label('import.report.skipped', { count: skipped.length }));
  for (const s of skipped) lines.push(`  ${s.where}  ${label(`import.chrome.${s.reason}`)}${colon}“${excerpt(s.text, 40)}”`);

  section(label('import.report.not-carried', { count: notCarried.length }), notCarried);

  lines.push('', label('import.report.check'));
  // With errors nothing is written, so the check must not read as a clean bill.
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) lines.push(`  ${label('import.report.errors', { count: errors })}`);
  const paragraphs = structure.placements.length;
  if (result.losses.length > 0) lines.push(`  ${label('import.report.losses', { count: result.losses.length })}`);
  else if (notCarried.length > 0) lines.push(`  ${label('import.report.all-placed-except', { count: notCarried.length, paragraphs })}`);
  else lines.push(`  ${label('import.report.all-placed', { count: paragraphs })}`);
  const notes = carriedNotes(structure.dossier).length;
  if (notes > 0) lines.push(`  ${label('import.report.notes-carried', { count: notes })}`);
  if (doubts.length > 0) lines.push(`  ${label('import.report.structure-doubted', { count: doubts.length })}`);
  else if (errors === 0) lines.push(`  ${label('import.report.structure-sure')}`);
  if (others.length > 0) lines.push('', ...formatted(others));
  if (result.diagnostics.length > 0) lines.push('', summarise(result.diagnostics, lang));

  lines.push('');
  const count = result.files.length;
  const listed = result.outcome === 'written' || result.outcome === 'dry-run';
  const outcome: Record<ImportResult['outcome'], string> = {
    written: label('import.report.written', { count }),
    'dry-run': label('import.report.dry-run', { count }),
    blocked: label('import.report.blocked', { slug: result.slug }),
    failed: label('import.report.failed'),
  };
  lines.push(outcome[result.outcome]);
  if (listed) for (const f of result.files) lines.push(`  ${result.contentDir}/${f.path}`);
  if (result.backup) lines.push(label('import.report.replaced', { count: result.existing.length, backup: result.backup }));
  return lines.join('\n');
}
