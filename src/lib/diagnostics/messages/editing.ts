/** Messages of the content editor at `/admin/`, shown under a form's field as it is filled in. */
import type { MessageEntry } from '../values.ts';

export const EDITING_MESSAGES = {
  'edit.dossier-taken': {
    zh: '纪实“{{slug}}”已经存在',
    en: 'the dossier "{{slug}}" already exists',
    hintZh: '换一个纪实名；要修改已有的纪实，请在列表中打开它。',
    hintEn: 'Choose another name; to change the existing dossier, open it from the list.',
  },
  'edit.dossier-missing': {
    zh: '还没有选择所属纪实',
    en: 'no dossier is chosen',
    hintZh: '在列表中选一个纪实；新纪实请先在“纪实概述”中创建。',
    hintEn: 'Choose one from the list; create a new dossier under 纪实概述 first.',
  },
  'edit.dossier-has-file': {
    zh: '纪实“{{dossier}}”已经有{{what}}',
    en: 'the dossier "{{dossier}}" already has its {{whatEn}}',
    hintZh: '在列表中打开它来修改，或者选另一个纪实。',
    hintEn: 'Open it from the list to change it, or choose another dossier.',
  },
  'edit.article-number': {
    zh: '序号“{{given}}”不是正整数',
    en: 'the number "{{given}}" is not a whole number above zero',
    hintZh: '填 1、2、3 这样的数字；它决定文章在本篇中的先后。',
    hintEn: 'Write a number such as 1, 2 or 3; it orders the articles of the section.',
  },
  'edit.article-name': {
    zh: '网址名“{{given}}”不能用在网址中',
    en: 'the name "{{given}}" cannot be used in an address',
    hintZh: '只用小写英文字母、数字和短横线，如 xinxi-gongkai；不填时按标题的拼音生成。',
    hintEn: 'Use lowercase letters, digits and hyphens only, such as xinxi-gongkai; left empty, it is made from the title.',
  },
} as const satisfies Record<string, MessageEntry>;
