import type { ExpectedDiagnostic } from './expected.ts';
import { AWARDS, DOSSIER } from './expected.ts';

/**
 * Group 1: inputs that used to crash the checker or pass it and then fail the build. Each folder
 * under tests/fixtures/content is one case; the agreement test builds every one of them.
 */
export const CRASH_CASES: Record<string, ExpectedDiagnostic[]> = {
  // Files that are not text at all, named for what they are.
  'binary-png-as-article': [
    { file: 'content/management/demo/03-zhaopian.md', code: 'file.image', quote: '03-zhaopian.md', hint: '![图片说明](./03-zhaopian.png)' },
  ],
  'binary-jpg-as-overview': [{ file: DOSSIER, code: 'file.image', quote: 'JPG 图片', hint: 'demo.jpg' }],
  'binary-docx-as-article': [
    { file: 'content/service/demo/02-fuwu.md', code: 'file.word-document', quote: '.docx', hint: 'npm run import' },
  ],
  'binary-wps-as-article': [
    { file: 'content/creation/demo/02-chuangjian.md', code: 'file.word-document', quote: '.doc / .wps', hint: '另存为' },
  ],
  'binary-rtf-as-article': [
    { file: 'content/management/demo/03-zhidu.md', code: 'file.word-document', quote: '.rtf', hint: '.docx' },
  ],
  'binary-pdf-as-awards': [{ file: AWARDS, code: 'file.pdf', quote: 'PDF', hint: '[附件名称](./demo.pdf)' }],
  // A title that YAML 1.1 would read as a date is the text it looks like, in the check and the build.
  'title-looks-like-a-date': [],
  'binary-xlsx-as-article': [
    { file: 'content/management/demo/03-biaoge.md', code: 'file.binary', quote: 'XLSX', hint: '03-biaoge.xlsx' },
  ],
};
