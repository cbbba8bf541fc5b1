/** Messages of `npm run new`, which scaffolds a dossier. */
import type { MessageEntry } from '../values.ts';

export const SCAFFOLD_MESSAGES = {
  'scaffold.missing-slug': {
    zh: '没有给出纪实名',
    en: 'no dossier name was given',
    hintZh: '在 npm run new -- 后面写纪实名（小写英文字母、数字和短横线），例如：npm run new -- huangzhou-office --title 文明清风谱华章 --unit 黄州区政府办公室',
    hintEn: 'Put the dossier name (lowercase letters, digits and hyphens) after npm run new --, for example: npm run new -- huangzhou-office --title 文明清风谱华章 --unit 黄州区政府办公室',
  },
  'scaffold.slug': {
    zh: '纪实名“{{slug}}”不能用作网址',
    en: 'the dossier name "{{slug}}" cannot be used in addresses',
    hintZh: '只用小写英文字母、数字和短横线，例如 npm run new -- {{suggestion}}',
    hintEn: 'Use lowercase letters, digits and hyphens only, for example npm run new -- {{suggestion}}',
  },
  // Also said by npm run import when asked for such a name.
  'slug.reserved': {
    zh: '纪实名“{{slug}}”是网站自己使用的地址（/{{slug}}/），不能用作纪实名',
    en: 'the dossier name "{{slug}}" is an address the site uses itself (/{{slug}}/)',
    hintZh: '换一个纪实名，例如 {{suggestion}}。网站自己使用的名字有：{{reserved}}。',
    hintEn: 'Choose another name, for example {{suggestion}}. Names the site uses itself: {{reserved}}.',
  },
  'scaffold.missing-value': {
    zh: '缺少{{what}}',
    en: 'the {{whatEn}} is missing',
    hintZh: '加上 --{{flag}} …，例如：npm run new -- {{slug}} --title 文明清风谱华章 --unit 黄州区政府办公室 --period 2007-2011',
    hintEn: 'Add --{{flag}} …, for example: npm run new -- {{slug}} --title 文明清风谱华章 --unit 黄州区政府办公室 --period 2007-2011',
  },
  'scaffold.exists': {
    zh: '已经存在，没有创建任何文件',
    en: 'already exists; nothing was created',
    hintZh: '换一个纪实名，或先把已有的文件移走；本命令从不覆盖文件。',
    hintEn: 'Choose another dossier name or move the existing files away first; this command never overwrites.',
  },

} as const satisfies Record<string, MessageEntry>;
