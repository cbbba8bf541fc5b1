import type { DiagnosticLang } from '../diagnostics/index.ts';

/** What `npm run new` says besides diagnostics: prompts and the closing summary. */
export const SCAFFOLD_TEXT = {
  zh: {
    title: '纪实标题（如 文明清风谱华章）：',
    unit: '单位名称（如 黄州区政府办公室）：',
    period: '涵盖年份（如 2007-2011，可留空）：',
    created: '已创建纪实“{{slug}}”的 {{count}} 个文件：',
    next: '下一步：修改示例文章，然后运行 npm run check 检查。',
  },
  en: {
    title: 'Dossier title (e.g. 文明清风谱华章): ',
    unit: 'Unit (e.g. 黄州区政府办公室): ',
    period: 'Years covered (e.g. 2007-2011, may be empty): ',
    created: 'Created {{count}} files for the dossier "{{slug}}":',
    next: 'Next: rewrite the example articles, then run npm run check.',
  },
} as const satisfies Record<DiagnosticLang, Record<string, string>>;
