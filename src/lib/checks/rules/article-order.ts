import { articleFileName } from '../suggest-name.ts';
import type { CheckContext, CheckRule, ContentFile } from '../types.ts';

type Article = ContentFile & { role: { kind: 'article'; dossier: string; section: string; name: string; number?: number } };

/**
 * Numbers missing from a folder's `NN-` sequence (01, 02, 04) often mean an article was deleted or
 * never copied in. Warns once per folder, at the file after the first gap. Sequences with more
 * gaps than articles (10, 20, 30) are numbered that way on purpose and left alone.
 */
function reportGap(ctx: CheckContext, articles: readonly Article[]): void {
  const numbered = articles.filter((a) => a.role.number !== undefined).sort((a, b) => a.role.number! - b.role.number!);
  const numbers = new Set(numbered.map((a) => a.role.number!));
  const highest = numbered.at(-1)?.role.number ?? 0;
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !numbers.has(n));
  if (missing.length === 0 || missing.length >= numbered.length) return;
  const after = numbered.find((a) => a.role.number! > missing[0]!)!;
  const before = numbered.findLast((a) => a.role.number! < missing[0]!);
  const name = (a: Article) => a.contentPath.split('/').at(-1)!;
  const width = Math.max(2, ...numbered.map((a) => name(a).indexOf('-')));
  ctx.report({
    file: after.path,
    code: 'order.gap',
    severity: 'warning',
    values: {
      missing: missing.map((n) => String(n).padStart(width, '0')).join('、'),
      after: name(after),
      before: before ? name(before) : '（开头）',
      beforeEn: before ? name(before) : '(the start)',
    },
  });
}

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
      reportGap(ctx, articles);
      const used = new Map<number, Article>();
      const highest = Math.max(0, ...articles.map((a) => a.role.number ?? 0));
      for (const article of articles) {
        const data = ctx.data(article);
        if (!data) continue;
        const explicit = typeof data.order === 'number' ? data.order : undefined;
        const order = explicit ?? article.role.number;
        if (order === undefined) {
          if (data.order !== undefined) continue; // a badly typed order is the schema rule's to report
          const suggestion = articleFileName(article.role.name, highest + 1);
          const name = article.contentPath.split('/').at(-1)!;
          ctx.report({ file: article.path, line: 1, column: 1, field: 'order', code: 'order.missing', values: { name, suggestion } });
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
