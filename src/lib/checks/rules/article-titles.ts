import type { CheckRule } from '../types.ts';

/**
 * Two articles of one dossier with the same title read as one printed twice in its contents, and
 * search shows two identical results: usually an article copied as a template and never retitled.
 */
export const articleTitlesRule: CheckRule = {
  id: 'article-titles',
  description: 'Warns about two articles of one dossier with the same title.',
  check(ctx) {
    const seen = new Map<string, string>();
    for (const file of ctx.files) {
      if (file.role.kind !== 'article') continue;
      const title = ctx.data(file)?.title;
      if (typeof title !== 'string' || title.trim() === '') continue;
      const key = `${file.role.dossier}\n${title.replace(/[\s\u3000]+/g, '')}`;
      const other = seen.get(key);
      if (other === undefined) {
        seen.set(key, file.contentPath);
        continue;
      }
      ctx.report({
        file: file.path,
        ...ctx.locate(file, ['title']),
        field: 'title',
        code: 'article.duplicate-title',
        severity: 'warning',
        values: { title: title.trim(), other },
      });
    }
  },
};
