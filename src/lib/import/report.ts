import type { ChromeReason } from './block.ts';
import { formatDiagnostics } from '../diagnostics/index.ts';
import { contentPaths } from '../content-paths.ts';
import type { ImportResult } from './import-dossier.ts';
import type { Placement, Role } from './structure.ts';

const ROLE_LABELS: Record<Role, string> = {
  title: '标题',
  subtitle: '副标题',
  preface: '前言',
  'section-heading': '篇名',
  intro: '引言',
  'article-heading': '文章标题',
  article: '文章',
  award: '奖项',
  'award-separator': '分隔符',
  closing: '结束语',
};

const CHROME_LABELS: Record<ChromeReason, string> = {
  navigation: '页面导航',
  'upload-info': '上传信息',
  'vip-offer': '会员广告',
  footer: '页脚',
  'page-counter': '页码',
  'file-name': '文件名',
  'before-title': '标题之前的内容',
  'outside-document': '正文行以外的页面内容',
};

const HEADLINE_LABELS: Record<NonNullable<Placement['headline']>, string> = {
  enumeration: '“一是”式开头',
  sentence: '标题句',
  alone: '独立成段的标题',
  heading: '小标题',
};

function excerpt(text: string, length = 20): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

/** The file (or folder) a placement's block went to. */
function destination(p: Placement, result: ImportResult): string {
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
      return '（奖项之间的分隔，不单独保存）';
    case 'closing':
      return contentPaths.achievements(slug);
  }
}

function describe(p: Placement): string {
  if (p.headline) return `${ROLE_LABELS[p.role]}（${HEADLINE_LABELS[p.headline]}）`;
  if (p.continuation) return `${ROLE_LABELS[p.role]}（接续上段）`;
  return ROLE_LABELS[p.role];
}

/**
 * The import report: which paragraph went where, what the importer was unsure about, what it
 * skipped as page chrome, the problems found (through the one diagnostics formatter) and what
 * was, or would be, written.
 */
export function formatImportReport(result: ImportResult): string {
  const lines: string[] = [];
  const { structure, read } = result;
  lines.push(`导入 ${result.input} → 纪实 ${result.slug}（${result.contentDir}）`, '');

  lines.push(`段落去向（${structure.placements.length} 段）`);
  for (const p of structure.placements) {
    lines.push(`  ${p.block.where}  ${describe(p)}  “${excerpt(p.block.text)}” → ${destination(p, result)}`);
  }

  lines.push('', `不确定之处（${structure.unsure.length} 处，请核对）`);
  for (const u of structure.unsure) lines.push(`  ${u.where}  “${u.text}”：${u.reason}`);
  for (const w of read.warnings) lines.push(`  Word 转换提示：${w}`);

  const skipped = [...read.skipped, ...structure.skipped];
  lines.push('', `跳过的页面杂项（${skipped.length} 处，未导入）`);
  for (const s of skipped) lines.push(`  ${s.where}  ${CHROME_LABELS[s.reason]}：“${excerpt(s.text, 40)}”`);

  lines.push('', '核对');
  const sentences = structure.placements.length;
  lines.push(
    result.losses.length === 0
      ? `  原文的每一句都恰好出现在一个输出文件中（${sentences} 段）。`
      : `  有 ${result.losses.length} 处原文没有原样进入输出文件，见下。`,
  );
  if (result.diagnostics.length > 0) lines.push('', formatDiagnostics(result.diagnostics));

  lines.push('');
  const count = result.files.length;
  switch (result.outcome) {
    case 'written':
      lines.push(`已写入 ${count} 个文件：`);
      break;
    case 'dry-run':
      lines.push(`试运行（--dry-run），没有写入任何文件。将写入 ${count} 个文件：`);
      break;
    case 'blocked':
      lines.push(`没有写入任何文件：纪实已存在，加 --force 覆盖。将写入 ${count} 个文件：`);
      break;
    case 'failed':
      lines.push('因为上面的错误，没有写入任何文件。');
      break;
  }
  if (result.outcome !== 'failed') for (const f of result.files) lines.push(`  ${result.contentDir}/${f.path}`);
  if (result.existing.length > 0 && result.outcome !== 'failed') {
    lines.push(result.outcome === 'written' ? `替换了原有的 ${result.existing.length} 个文件，备份在 ${result.backup}` : `原有 ${result.existing.length} 个文件将被替换并备份。`);
  }
  return lines.join('\n');
}
