import type { CheckRule, ContentFile } from '../types.ts';

type Article = ContentFile & { role: { kind: 'article'; dossier: string; section: string; name: string; number?: number } };

/**
 * Articles are sorted by `order`, which defaults to the `NN-` of the file name. Without either the
 * position is undefined; with two equal ones the sequence depends on the file system.
 */
export const articleOrderRule: CheckRule = {
  id: 'article-order',
  description: 'Every article needs an order (NN- prefix or order field), unique within its section.',
  check(ctx) {
    const folders = new Map<string, Article[]>();
    for (const file of ctx.files) {
      if (file.role.kind !== 'article') continue;
      const key = `${file.role.section}/${file.role.dossier}`;
      folders.set(key, [...(folders.get(key) ?? []), file as Article]);
    }
    for (const articles of folders.values()) {
      const used = new Map<number, Article>();
      const highest = Math.max(0, ...articles.map((a) => a.role.number ?? 0));
      for (const article of articles) {
        const data = ctx.data(article);
        if (!data) continue;
        const explicit = typeof data.order === 'number' ? data.order : undefined;
        const order = explicit ?? article.role.number;
        if (order === undefined) {
          if (data.order !== undefined) continue; // a badly typed order is the schema rule's to report
          const suggestion = `${String(highest + 1).padStart(2, '0')}-${article.role.name}.md`;
          ctx.report({ file: article.path, line: 1, column: 1, field: 'order', code: 'order.missing', values: { suggestion } });
          continue;
        }
        const other = used.get(order);
        if (!other) {
          used.set(order, article);
          continue;
        }
        const at = explicit !== undefined ? ctx.locate(article, ['order']) : { line: 1, column: 1 };
        const otherName = other.contentPath.split('/').at(-1)!;
        ctx.report({ file: article.path, ...at, field: 'order', code: 'order.duplicate', values: { order, other: otherName } });
      }
    }
  },
};
