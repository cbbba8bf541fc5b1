import { addressName } from '../suggest-name.ts';
import type { CheckRule, ContentFile } from '../types.ts';

const SPACE = /[\s\u3000]/;

/**
 * The name to suggest instead of `part`: Markdown files and folders become addresses, so they get
 * a valid address name (a numbered article keeps its number: `05 kongge.md` → `05-kongge.md`);
 * attachments keep their wording, spaces joined with hyphens.
 */
function suggestName(file: ContentFile, part: string): string {
  const isFileName = file.contentPath.endsWith(`/${part}`) || file.contentPath === part;
  if (isFileName && file.role.kind === 'asset') return part.trim().replace(/[\s\u3000]+/g, '-');
  const extension = isFileName ? (/\.[a-z0-9]+$/i.exec(part)?.[0] ?? '') : '';
  const stem = part.slice(0, part.length - extension.length).trim();
  const number = /^\d+(?=[\s\u3000])/.exec(stem)?.[0];
  const name = number ? `${number}-${addressName(stem.slice(number.length))}` : addressName(stem);
  return `${name}${extension.toLowerCase()}`;
}

/**
 * File and folder names become addresses; a space turns into `%20` and is easily mistyped in
 * links. Reported once per file, naming the first part of its path that has a space.
 */
export const fileNamesRule: CheckRule = {
  id: 'file-names',
  description: 'Warns about spaces in file and folder names under content/.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      const part = file.contentPath.split('/').find((p) => SPACE.test(p));
      if (!part) continue;
      ctx.report({ file: file.path, code: 'file.name-spaces', severity: 'warning', values: { name: part, suggestion: suggestName(file, part) } });
    }
  },
};
