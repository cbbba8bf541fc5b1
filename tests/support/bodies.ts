import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBodySync } from '../../src/lib/markdown/read-body.ts';
import { ROOT } from './paths.ts';

/**
 * Every Markdown body of the shipped content and the fixtures, with its file: the widest set of
 * real and awkward bodies the suite has. Files whose front matter cannot be read are left out; no
 * page shows them.
 */
export function markdownBodies(): { file: string; body: string }[] {
  return [join(ROOT, 'content'), join(ROOT, 'tests', 'fixtures')].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => {
        const file = join(dir, name);
        try {
          return [{ file, body: readBodySync(file) }];
        } catch {
          return [];
        }
      }),
  );
}
