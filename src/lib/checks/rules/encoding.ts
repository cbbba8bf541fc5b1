import type { MessageCode } from '../../diagnostics/index.ts';
import type { FileKind } from '../file-kind.ts';
import type { CheckRule, ContentFile } from '../types.ts';

const KIND_CODES: Record<FileKind['kind'], MessageCode> = {
  image: 'file.image',
  word: 'file.word-document',
  pdf: 'file.pdf',
  other: 'file.binary',
};

function codeOf(file: ContentFile): MessageCode {
  if (file.fileKind) return KIND_CODES[file.fileKind.kind];
  if (file.encoding === 'gb18030') return 'encoding.gb18030';
  return file.encoding === 'binary' ? 'encoding.unknown' : 'encoding.utf16';
}

/**
 * Files saved as GB18030/GBK or UTF-16 show as mojibake on the site, so name the encoding; a
 * photo, Word document or PDF saved under a `.md` name is named for what it is, with what to do.
 */
export const encodingRule: CheckRule = {
  id: 'encoding',
  description: 'Text files must be UTF-8; other encodings, and images or documents named .md, are named.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind === 'asset' || file.encoding === 'utf-8') continue;
      const name = file.contentPath.split('/').at(-1)!;
      ctx.report({ file: file.path, code: codeOf(file), values: { format: file.fileKind?.format, ext: file.fileKind?.ext, name, stem: name.replace(/\.[^.]*$/, '') } });
    }
  },
};
