import { describe, expect, it } from 'vitest';
import { chromeReason } from '../../../src/lib/import/chrome.ts';

describe('chromeReason', () => {
  it.each([
    ['收藏 分销(赏)', 'navigation'],
    ['当前位置:首页 > 包罗万象 > 大杂烩', 'navigation'],
    ['上传人:xrp****65 文档编号:7023759 上传时间:2024-12-25 格式:DOC 页数:12 大小:33.50KB', 'upload-info'],
    ['下载10份以上建议开通VIP会员', 'vip-offer'],
    ['©2010-2025 某某网络信息技术有限公司  版权所有', 'footer'],
    ['第1页 / 共12页', 'page-counter'],
    ['12', 'page-counter'],
    ['文明清风谱华章2.doc', 'file-name'],
  ])('recognises %s as %s', (line, reason) => {
    expect(chromeReason(line)).toBe(reason);
  });

  it('leaves titles, headings and award items alone', () => {
    for (const line of ['文明清风谱华章', '管 理 篇', '2010年度社会消防工作先进单位', '——', '抓好协调，当好“督查部”。']) {
      expect(chromeReason(line)).toBeUndefined();
    }
  });

  it('never takes a long paragraph for chrome, whatever words it uses', () => {
    const paragraph = '单位为职工开通了工会会员服务，并在下载专区提供学习资料，'.repeat(4);
    expect(chromeReason(paragraph)).toBeUndefined();
  });
});
