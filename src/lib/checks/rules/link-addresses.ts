import type { Definition, Html, Image, Link, Text } from 'mdast';
import type { MessageCode } from '../../diagnostics/index.ts';
import { htmlUrls, positionInHtml, type HtmlUrlKind } from '../html-source.ts';
import type { CheckRule } from '../types.ts';
import { localAddress } from '../url-kind.ts';

// `[text](address with spaces)`: CommonMark does not read it as a link, so it shows as typed.
const UNREAD_LINK = /!?\[[^\]\n]+\]\([^()\n]*\s[^()\n]*\)/;

function problem(url: string, raw: boolean): { code: MessageCode; severity: 'error' | 'warning'; host?: string } | undefined {
  const local = localAddress(url);
  if (local?.kind === 'local-file') return { code: 'link.local-file', severity: 'error' };
  if (local?.kind === 'intranet') return { code: 'link.intranet', severity: 'warning', host: local.host };
  // Markdown encodes spaces itself; raw HTML passes them to the page as they are.
  if (raw && /\S\s+\S/.test(url.trim())) return { code: 'link.space', severity: 'warning' };
  return undefined;
}

/** Long addresses are quoted by their start only. */
function shown(url: string): string {
  const trimmed = url.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/**
 * Addresses that work on the editor's computer and nowhere else: files on a local disk
 * (`C:\Users\…`, `file:///…`, what Word puts in pasted images), office-network hosts, raw spaces
 * in HTML addresses, and Markdown links that are not read as links because their address has a
 * space. Pictures embedded as `data:` are the raw HTML rule's: the sanitizer drops them.
 */
export const linkAddressesRule: CheckRule = {
  id: 'link-addresses',
  description: 'Reports links and images to local files, intranet hosts and addresses with spaces.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      const report = (url: string, kind: HtmlUrlKind, raw: boolean, at: { line: number; column: number } | undefined) => {
        const found = problem(url, raw);
        if (!found) return;
        ctx.report({
          file: file.path,
          ...(at ? { line: at.line + file.bodyLine - 1, column: at.column } : {}),
          code: found.code,
          severity: found.severity,
          values: { url: shown(url), kind: { image: '图片', media: '音视频文件', link: '链接' }[kind], kindEn: kind === 'media' ? 'media file' : kind, host: found.host, name: url.trim().split(/[\\/]/).at(-1) },
        });
      };
      ctx.markdownNodes(file).forEach((node) => {
        if (node.type === 'html') {
          for (const { kind, url, index } of htmlUrls((node as Html).value)) report(url, kind, true, positionInHtml(node as Html, index));
        } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
          const { url, position } = node as Link | Image | Definition;
          report(url, node.type === 'image' ? 'image' : 'link', false, position?.start);
        } else if (node.type === 'text') {
          const text = node as Text;
          const unread = UNREAD_LINK.exec(text.value);
          if (!unread || !text.position) return;
          const before = text.value.slice(0, unread.index);
          const line = text.position.start.line + (before.match(/\n/g)?.length ?? 0);
          const column = before.includes('\n') ? unread.index - before.lastIndexOf('\n') : text.position.start.column + unread.index;
          ctx.report({
            file: file.path,
            line: line + file.bodyLine - 1,
            column,
            code: 'link.not-read',
            severity: 'warning',
            values: { written: unread[0], fixed: unread[0].replace(/\]\((.*)\)$/, (_, url: string) => `](<${url.trim()}>)`) },
          });
        }
      });
    }
  },
};
