/**
 * What each field of each content file is called and how it is filled in, in Chinese (the
 * default) and English: the labels and hints of the editing forms at `/admin/`, kept beside the
 * checker's messages so a form and a diagnostic name a field the same way.
 *
 * Keys are the front matter fields of each kind of file, dotted for the fields of list items
 * (`awards.years`), plus the parts of a file that are not front matter: `dossier` (the dossier a
 * file belongs to, from its path), `file` (an article's number and name, from its file name),
 * `body` (the Markdown text) and, in an achievements file, `intro` and `closing` (the text before
 * and after the award table).
 */
export interface FieldText {
  zh: string;
  en: string;
  hintZh: string;
  hintEn: string;
}

const DOSSIER_OF_FILE: FieldText = {
  zh: '所属纪实',
  en: 'Dossier',
  hintZh: '这个文件属于哪个纪实。保存后不能再改。',
  hintEn: 'The dossier this file belongs to. It cannot be changed once saved.',
};

export const FIELD_TEXT = {
  site: {
    title: {
      zh: '网站名称',
      en: 'Site title',
      hintZh: '显示在每页的页眉、浏览器标签和订阅源中。',
      hintEn: 'Shown in every page header, the browser tab and the feed.',
    },
    description: {
      zh: '网站简介',
      en: 'Description',
      hintZh: '一句话介绍本站，供搜索引擎和订阅源使用。',
      hintEn: 'One sentence about the site, for search engines and the feed.',
    },
    url: {
      zh: '网址',
      en: 'Address',
      hintZh: '网站正式发布的地址，只写协议和域名，如 https://example.gov.cn。',
      hintEn: 'Where the site is published, scheme and host only: https://example.gov.cn.',
    },
    base: {
      zh: '子路径',
      en: 'Base path',
      hintZh: '发布在域名根目录时写 /；发布在子路径时写 /路径名/。',
      hintEn: '/ at the root of a domain; /<path>/ under a sub-path.',
    },
    latestAwards: {
      zh: '首页荣誉条数',
      en: 'Latest awards',
      hintZh: '首页“最新荣誉”显示多少项，0 到 50。',
      hintEn: 'How many awards the home page lists, 0 to 50.',
    },
    editing: {
      zh: '在线编辑',
      en: 'Online editing',
      hintZh: '发布后的网站上 /admin/ 保存到哪个代码仓库。改错会导致无法登录，改之前请先看 content/README.md。',
      hintEn: 'The repository /admin/ on the published site saves to. A mistake here locks editors out; read content/README.md first.',
    },
    'editing.backend': {
      zh: '代码托管平台',
      en: 'Git host',
      hintZh: 'github、gitlab、gitea 或 forgejo。',
      hintEn: 'github, gitlab, gitea or forgejo.',
    },
    'editing.repo': {
      zh: '代码仓库',
      en: 'Repository',
      hintZh: '写成 所有者/仓库名，如 bangongshi/huazhang。',
      hintEn: 'owner/name, e.g. bangongshi/huazhang.',
    },
    'editing.branch': {
      zh: '分支',
      en: 'Branch',
      hintZh: '网站从哪个分支生成，通常是 main。',
      hintEn: 'The branch the site is built from, usually main.',
    },
    'editing.server': {
      zh: '服务器地址',
      en: 'Server',
      hintZh: '单位自己架设的 GitLab、Gitea、Forgejo 的地址，如 https://git.example.gov.cn；用 github.com 或 gitlab.com 时不填。',
      hintEn: 'The address of a self-hosted GitLab, Gitea or Forgejo; empty for github.com and gitlab.com.',
    },
    'editing.appId': {
      zh: '应用 ID',
      en: 'Application ID',
      hintZh: '在代码托管平台上登记的 OAuth 应用的客户端 ID（GitLab、Gitea、Forgejo 必填）。',
      hintEn: 'The client ID of the OAuth application registered on the host (required for GitLab, Gitea and Forgejo).',
    },
    'editing.authServer': {
      zh: '登录服务地址',
      en: 'Login service',
      hintZh: '只用于 GitHub：保管 OAuth 应用密钥的登录服务的地址。',
      hintEn: 'GitHub only: the address of the login service that keeps the OAuth app’s secret.',
    },
    footer: {
      zh: '页脚的网站信息',
      en: 'Footer records',
      hintZh: '主办单位、联系方式和备案号，每一项都可以不填；写法见 content/README.md。',
      hintEn: 'Sponsor, contact details and filing numbers, each optional; see content/README.md.',
    },
    'footer.sponsor': { zh: '主办单位', en: 'Sponsor', hintZh: '照实填写。', hintEn: 'As registered.' },
    'footer.organizer': { zh: '承办单位', en: 'Organiser', hintZh: '与主办单位相同时不填。', hintEn: 'Leave empty when it is the sponsor.' },
    'footer.address': { zh: '地址', en: 'Address', hintZh: '照对外公开的写法。', hintEn: 'As published.' },
    'footer.phone': { zh: '电话', en: 'Telephone', hintZh: '可以写几个号码和说明。', hintEn: 'One or more numbers, with notes.' },
    'footer.email': { zh: '电子邮箱', en: 'E-mail', hintZh: '如 office@example.gov.cn。', hintEn: 'As in office@example.gov.cn.' },
    'footer.icp': { zh: 'ICP 备案号', en: 'ICP filing number', hintZh: '如 鄂ICP备12345678号-1。', hintEn: 'As in 鄂ICP备12345678号-1.' },
    'footer.police': { zh: '公安机关备案号', en: 'Public-security filing number', hintZh: '如 鄂公网安备42110202000123号。', hintEn: 'As in 鄂公网安备42110202000123号.' },
    'footer.siteCode': { zh: '政府网站标识码', en: 'Government website code', hintZh: '10 位数字或字母，如 4211020001。', hintEn: '10 digits or letters, as in 4211020001.' },
    'footer.partyGovMark': { zh: '党政机关网站标识', en: 'Party and government website mark', hintZh: '标识图片和它的核验地址，两项都要填。', hintEn: 'The mark’s image and its check address, both required.' },
    'footer.partyGovMark.image': { zh: '标识图片', en: 'Mark image', hintZh: '放在 content 文件夹中的图片文件名。', hintEn: 'The image’s file name in the content folder.' },
    'footer.partyGovMark.link': { zh: '核验地址', en: 'Check address', hintZh: 'http:// 或 https:// 开头。', hintEn: 'Starting with http:// or https://.' },
  },
  dossier: {
    dossier: {
      zh: '纪实名',
      en: 'Dossier name',
      hintZh: '用在网址和文件名中：小写英文字母、数字和短横线，如 huangzhou-office。保存后不能再改。',
      hintEn: 'Used in addresses and file names: lowercase letters, digits and hyphens, e.g. huangzhou-office. It cannot be changed once saved.',
    },
    title: {
      zh: '标题',
      en: 'Title',
      hintZh: '纪实的标题，和封面上的一样，如“文明清风谱华章”。',
      hintEn: 'The title as on the cover, e.g. 文明清风谱华章.',
    },
    subtitle: {
      zh: '副标题',
      en: 'Subtitle',
      hintZh: '标题下面的一行，不写开头的“——”（网站会加上），如“黄州区政府办公室创建文明单位纪实”。',
      hintEn: 'The line under the title, without the leading “——” (the site adds it).',
    },
    unit: {
      zh: '单位',
      en: 'Unit',
      hintZh: '纪实写的是哪个单位；荣誉榜按这个名称归类，如“黄州区政府办公室”。',
      hintEn: 'The unit the dossier is about; the award list groups its awards under this name.',
    },
    period: {
      zh: '时间',
      en: 'Period',
      hintZh: '纪实涵盖的年份：一年（2011）或一段（2007-2011）。不清楚可以不填。',
      hintEn: 'The years covered: one year (2011) or a range (2007-2011). May be left empty.',
    },
    published: {
      zh: '发布日期',
      en: 'Published',
      hintZh: '首页和订阅源按它从新到旧排列；不填时按“时间”的最后一年。',
      hintEn: 'Orders the home page and the feed, newest first; without it the end of the period counts.',
    },
    summary: {
      zh: '摘要',
      en: 'Summary',
      hintZh: '一两句话，显示在首页、订阅源和搜索引擎中。',
      hintEn: 'One or two sentences for the home page, the feed and search engines.',
    },
    body: {
      zh: '前言',
      en: 'Preface',
      hintZh: '显示在纪实首页的前言。空一行分段。',
      hintEn: 'The preface on the dossier page. Leave a blank line between paragraphs.',
    },
  },
  'section-intro': {
    dossier: DOSSIER_OF_FILE,
    body: {
      zh: '引言',
      en: 'Introduction',
      hintZh: '显示在本篇所有文章之前。空一行分段。',
      hintEn: 'Shown above the articles of the section. Leave a blank line between paragraphs.',
    },
  },
  article: {
    dossier: DOSSIER_OF_FILE,
    file: {
      zh: '序号和网址名',
      en: 'Number and name',
      hintZh: '序号决定文章的先后；网址名是文章在网页上的位置名（#网址名），只用小写拼音或英文、数字和短横线，不填时按标题的拼音生成。保存后不能再改，改先后请用“排列顺序”。',
      hintEn: 'The number orders the articles; the name is the article’s anchor (#name) in lowercase letters, digits and hyphens, made from the title when left empty. Neither can be changed once saved; use Order to move an article.',
    },
    title: {
      zh: '标题',
      en: 'Title',
      hintZh: '文章的标题，通常是原文的小标题，如“捕捉信息，当好‘情报部’”。',
      hintEn: 'The article’s heading, usually its opening headline sentence.',
    },
    order: {
      zh: '排列顺序',
      en: 'Order',
      hintZh: '不填时按序号排列。填一个数字可以改变先后：数字小的在前，0 排在最前；同一篇里不能重复。',
      hintEn: 'Without it the number orders the article. A number moves it: smaller first, 0 first of all; no two articles of a section may share one.',
    },
    summary: {
      zh: '摘要',
      en: 'Summary',
      hintZh: '可选：一句话，显示在目录和搜索结果中。',
      hintEn: 'Optional: one sentence for the contents and search results.',
    },
    body: {
      zh: '正文',
      en: 'Text',
      hintZh: '文章的正文。空一行分段；图片可以用“+”按钮插入，保存在文章旁边。',
      hintEn: 'The article. Leave a blank line between paragraphs; images added with the + button are kept next to the article.',
    },
  },
  achievements: {
    dossier: DOSSIER_OF_FILE,
    awards: {
      zh: '荣誉',
      en: 'Awards',
      hintZh: '按原文的顺序逐项填写；可以拖动调整顺序。',
      hintEn: 'One row per award, in the order of the source; drag a row to move it.',
    },
    'awards.title': {
      zh: '荣誉名称',
      en: 'Award',
      hintZh: '证书上的名称，不含年份，如“市级文明单位”。',
      hintEn: 'The name on the certificate, without the years.',
    },
    'awards.years': {
      zh: '年份',
      en: 'Years',
      hintZh: '一年（2010）、一段（2009-2011）或几个年份（2010、2011）。原文没有年份时不填。',
      hintEn: 'One year (2010), a range (2009-2011) or several years (2010、2011). Leave it empty when the source gives none.',
    },
    'awards.level': {
      zh: '级别',
      en: 'Level',
      hintZh: '颁奖单位的级别；原文没有说明时不选。',
      hintEn: 'The level of the body that gave it; leave it empty when the source does not say.',
    },
    'awards.issuer': {
      zh: '颁奖单位',
      en: 'Issuer',
      hintZh: '可选，如“湖北省人民政府”。',
      hintEn: 'Optional, e.g. 湖北省人民政府.',
    },
    'awards.note': {
      zh: '说明',
      en: 'Note',
      hintZh: '可选：其他栏写不下的情况，如原文的笔误：原文作“2006-20011年”。',
      hintEn: 'Optional: anything the other fields cannot say, such as a typo in the source.',
    },
    intro: {
      zh: '引言',
      en: 'Introduction',
      hintZh: '荣誉表格前面的文字。',
      hintEn: 'The text above the award table.',
    },
    closing: {
      zh: '结语',
      en: 'Closing',
      hintZh: '荣誉表格后面的文字。',
      hintEn: 'The text below the award table.',
    },
  },
} as const satisfies Record<string, Record<string, FieldText>>;

/** A kind of content file with named fields: a key of {@link FIELD_TEXT}. */
export type FieldTextRole = keyof typeof FIELD_TEXT;

/** The text of one field of one kind of file, or `undefined` when it has none. */
export function fieldText(role: FieldTextRole, field: string): FieldText | undefined {
  return (FIELD_TEXT[role] as Record<string, FieldText>)[field];
}
