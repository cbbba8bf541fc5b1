import type { CheckRule } from '../types.ts';

/** Files saved as GB18030/GBK or UTF-16 show as mojibake on the site, so name the encoding. */
export const encodingRule: CheckRule = {
  id: 'encoding',
  description: 'Text files must be UTF-8; GB18030/GBK and UTF-16 are recognised and named.',
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind === 'asset' || file.encoding === 'utf-8') continue;
      const code =
        file.encoding === 'gb18030' ? 'encoding.gb18030' : file.encoding === 'binary' ? 'encoding.unknown' : 'encoding.utf16';
      ctx.report({ file: file.path, code });
    }
  },
};
