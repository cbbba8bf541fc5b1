import { describeYamlError, type YamlBlock } from '../../front-matter/index.ts';
import type { CheckRule, ContentFile, Report } from '../types.ts';
import type { YamlSlip } from '../yaml-repair.ts';

// A key written with a full-width colon: `title：…` or `- title：…`, with no ASCII colon before it.
const FULL_WIDTH_KEY = /^(\s*(?:-\s+)?)([^\s:：#'"“”\-][^:：#]*?)\s*：/;

/**
 * Full-width colons after a key; the parser sees one long text there and reports nonsense. Only
 * looked for when the YAML fails to parse into fields: in a clean parse such a line is the
 * continuation of a wrapped value, where `：` is ordinary punctuation.
 */
export function fullWidthColons(file: ContentFile, fm: YamlBlock): Report[] {
  const reports: Report[] = [];
  const isMap = fm.data !== null && typeof fm.data === 'object' && !Array.isArray(fm.data);
  if (fm.errors.length === 0 && (isMap || fm.data === null)) return reports;
  let inBlockScalar = -1;
  fm.source.split('\n').forEach((text, i) => {
    const indent = text.search(/\S/);
    // Lines of a `|` or `>` block are free text, where a full-width colon is just punctuation.
    if (inBlockScalar >= 0 && (indent === -1 || indent > inBlockScalar)) return;
    inBlockScalar = /:\s*[|>][+-]?\s*$/.test(text) ? Math.max(indent, 0) : -1;
    const match = FULL_WIDTH_KEY.exec(text);
    if (!match) return;
    const line = i + fm.startLine;
    const column = match[1]!.length + match[2]!.length + (text.slice(match[1]!.length + match[2]!.length).indexOf('：')) + 1;
    reports.push({ file: file.path, line, column, field: match[2]!, code: 'yaml.full-width-colon', values: { key: match[2]! } });
  });
  return reports;
}

const SPACE_NAMES: Record<string, { zh: string; en: string }> = {
  'U+3000': { zh: '全角空格', en: 'full-width space' },
  'U+00A0': { zh: '不换行空格', en: 'no-break space' },
};

/** One report for a layout slip: indentation once per kind, at its first line, with the count. */
function slipReport(file: ContentFile, slip: YamlSlip): Report {
  const count = slip.kind === 'trap' ? 1 : slip.count;
  const more = count > 1 ? { more: `起共 ${count} 行`, moreEn: ` and ${count - 1} more lines` } : { more: '', moreEn: '' };
  const at = { file: file.path, line: slip.line, column: slip.column };
  if (slip.kind === 'tab') return { ...at, code: 'yaml.tab', values: { line: slip.line, count, ...more } };
  if (slip.kind === 'odd-space') {
    const name = SPACE_NAMES[slip.char!] ?? { zh: '特殊空格', en: 'special space' };
    return { ...at, code: 'yaml.odd-space', values: { line: slip.line, char: slip.char, name: name.zh, nameEn: name.en, ...more } };
  }
  if (slip.kind === 'trap') {
    const { trap } = slip;
    return {
      ...at,
      field: trap.key,
      code: trap.kind === 'needs-quotes' ? 'yaml.needs-quotes' : 'yaml.comment-in-value',
      ...(trap.kind === 'comment' ? { severity: 'warning' as const } : {}),
      values: { key: trap.key, given: trap.value, quoted: trap.quoted, reason: trap.reason, reasonEn: trap.reasonEn },
    };
  }
  return { ...at, field: slip.key!, code: 'yaml.full-width-colon', values: { key: slip.key! } };
}

/**
 * YAML that does not parse: tabs, unclosed quotes, bad indentation, duplicate keys and full-width
 * colons, each with the line and column and a plain-words explanation instead of the parser's text.
 */
export const yamlSyntaxRule: CheckRule = {
  id: 'yaml-syntax',
  description: 'Front matter and site.yaml must be valid YAML; problems are explained in plain words.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.unclosedFrontMatter) {
        ctx.report({ file: file.path, line: 1, column: 1, code: 'front-matter.unclosed' });
        continue;
      }
      if (file.closingText) {
        const { line, column } = file.closingText;
        ctx.report({ file: file.path, line, column, code: 'front-matter.fence-text', values: { ...file.closingText } });
      }
      const fm = file.frontMatter;
      if (!fm) continue;
      for (const slip of file.yamlSlips ?? []) ctx.report(slipReport(file, slip));
      const colons = fullWidthColons(file, fm);
      const colonLines = new Set(colons.map((r) => r.line ?? 0));
      const seen = new Set<number>();
      const reports = [...colons];
      // The parser may report one misplaced line twice from the same start (a nested mapping, then a
      // key spread over lines); only the last line it reaches is the one to fix.
      const lastLineFrom = new Map<number, number>();
      const describe = (error: (typeof fm.errors)[number]): Report => ({ file: file.path, ...describeYamlError(fm, error) });
      for (const error of fm.errors) {
        const line = describe(error).line ?? 0;
        lastLineFrom.set(error.pos[0], Math.max(line, lastLineFrom.get(error.pos[0]) ?? 0));
      }
      for (const error of fm.errors) {
        const report = describe(error);
        if ((report.line ?? 0) < (lastLineFrom.get(error.pos[0]) ?? 0)) continue;
        const [from, to] = error.linePos ?? [];
        const spans = from ? [from.line, to?.line ?? from.line].map((l) => l + fm.startLine - 1) : [report.line!];
        // A full-width colon makes the parser see a key spanning lines; that noise is not reported.
        if ([...colonLines].some((l) => l >= spans[0]! && l <= spans[1]!)) continue;
        if (seen.has(report.line!)) continue;
        seen.add(report.line!);
        reports.push(report);
      }
      const slipLines = new Set((file.yamlSlips ?? []).filter((slip) => slip.kind !== 'trap' || slip.trap.kind === 'needs-quotes').map((slip) => slip.line));
      // Errors left on the lines of a slip are what the slip made of them: the slip says it.
      for (const report of reports) if (!slipLines.has(report.line ?? 0)) ctx.report(report);
    }
  },
};
