import type { ChromeReason } from './block.ts';

// Chrome is short: document-sharing sites wrap a document in one-line widgets. A long paragraph is
// never taken for chrome, so a real sentence that happens to mention 会员 or 下载 is kept.
const MAX_CHROME_LENGTH = 80;

const RULES: ReadonlyArray<readonly [ChromeReason, RegExp]> = [
  ['page-counter', /^(?:第\s*\d+\s*页\s*(?:\/|／)\s*共\s*\d+\s*页|\d{1,3}|-\s*\d{1,3}\s*-|第\s*\d+\s*页)$/],
  ['file-name', /^\S+\.(?:docx?|wps|pdf|txt)(?:_第\d+页)?$/i],
  ['upload-info', /上传人|上传时间|文档编号|页数\s*[:：]|大小\s*[:：]|格式\s*[:：]\s*(?:DOCX?|PDF|WPS)/i],
  ['vip-offer', /S?VIP会员|开通\s*S?VIP|开通.*优惠|成为共赢上传|下载\d+份以上/i],
  [
    'footer',
    /版权所有|©|客服电话|投诉\s*[/／]\s*维权|公网安备|ICP备|B2-\d|关注我们|关于我们|页脚广告/,
  ],
  [
    'navigation',
    /^(?:收藏|分销|下载|相关|举报|资源描述|展开阅读全文|点击查看更多|当前位置|相似文档|首页|上一篇|下一篇|返回顶部|分享到)|查看更多\s*>>|\s>\s/,
  ],
];

/**
 * Says why a line or paragraph is page chrome (navigation, upload info, VIP offers, footers, page
 * counters, file names) rather than dossier content, or `undefined` if it looks like content.
 *
 * @example chromeReason('第1页 / 共12页') // 'page-counter'
 */
export function chromeReason(text: string): ChromeReason | undefined {
  const line = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  if (line === '' || [...line].length > MAX_CHROME_LENGTH) return undefined;
  for (const [reason, pattern] of RULES) if (pattern.test(line)) return reason;
  return undefined;
}
