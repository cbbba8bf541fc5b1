import type { CheckRule } from '../types.ts';

/**
 * An article's address on its section page is its file name without the `NN-` prefix, so
 * `01-dingwei.md` and `03-dingwei.md` in one section would share `#dingwei` and links would
 * reach only the first.
 */
export const articleNamesRule: CheckRule = {
  id: 'article-names',
  description: 'Article names (file names without NN-) must be unique within a section.',
  check(ctx) {
    const seen = new Map<string, string>();
    for (const file of ctx.files) {
      if (file.role.kind !== 'article') continue;
      const key = `${file.role.section}/${file.role.dossier}#${file.role.name}`;
      const other = seen.get(key);
      if (other === undefined) {
        seen.set(key, file.contentPath.split('/').at(-1)!);
        continue;
      }
      ctx.report({ file: file.path, code: 'article.duplicate-name', values: { name: file.role.name, other } });
    }
  },
};
