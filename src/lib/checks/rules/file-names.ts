import type { CheckRule } from '../types.ts';

const SPACE = /[\s\u3000]/;

/**
 * File and folder names become addresses; a space turns into `%20` and is easily mistyped in
 * links. Reported once per file, naming the first part of its path that has a space.
 */
export const fileNamesRule: CheckRule = {
  id: 'file-names',
  description: 'Warns about spaces in file and folder names under content/.',
  check(ctx) {
    for (const file of ctx.files) {
      const part = file.contentPath.split('/').find((p) => SPACE.test(p));
      if (!part) continue;
      const suggestion = part.trim().replace(/[\s\u3000]+/g, '-');
      ctx.report({ file: file.path, code: 'file.name-spaces', severity: 'warning', values: { name: part, suggestion } });
    }
  },
};
