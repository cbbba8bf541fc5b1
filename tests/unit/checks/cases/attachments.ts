import type { ExpectedDiagnostic } from './expected.ts';
import { CREATE, SECOND } from './expected.ts';

/**
 * Group 4: files kept in the content folder are published only when a page links to or shows
 * them; every other one is listed, and linking an internal-looking one is pointed out.
 */
export const ATTACHMENT_CASES: Record<string, ExpectedDiagnostic[]> = {
  'attachment-word-draft-unlinked': [
    { file: 'content/management/demo/内部原稿-勿外传.docx', code: 'file.private-unlinked', severity: 'warning', quote: '内部原稿-勿外传.docx', hint: '移出 content 文件夹' },
  ],
  'attachment-photo-unlinked': [
    { file: 'content/service/demo/IMG_2031.JPG', code: 'file.unreferenced', severity: 'warning', quote: 'IMG_2031.JPG', hint: '![说明](./IMG_2031.JPG)' },
  ],
  'attachment-roster-beside-awards': [
    { file: 'content/achievements/获奖名单.xls', code: 'file.private-unlinked', severity: 'warning', quote: '.xls', hint: '另存为 PDF' },
  ],
  'attachment-word-linked': [
    { file: CREATE, line: 5, column: 12, code: 'file.private-linked', severity: 'warning', quote: '实施方案.docx', hint: '另存为 PDF' },
  ],
  'attachment-draft-pdf-linked': [
    { file: SECOND, line: 6, column: 17, code: 'file.private-linked', severity: 'warning', quote: '草稿', hint: '确认可以公开' },
  ],
  // A note the site never shows does not make its attachment a published one.
  'attachment-linked-only-from-note': [
    { file: 'content/dossiers/notes/说明.md', code: 'file.stray', severity: 'warning', quote: 'dossiers/notes/说明.md', hint: '纪实概述放在 content/dossiers/' },
    { file: 'content/dossiers/notes/课表.pdf', code: 'file.unreferenced', severity: 'warning', quote: '课表.pdf', hint: '不需要就把它移出' },
  ],
  // A link written as the published address counts, and is not broken.
  'attachment-published-address-accepted': [],
  // Word's owner files, Thumbs.db and desktop.ini are neither content nor attachments.
  'attachment-office-leftovers-ignored': [],
};
