import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Html, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { classifyPath } from '../classify.ts';
import { htmlUrls, positionInHtml } from '../html-source.ts';
import { relativePath } from '../load.ts';
import { addressOf, pageOf, sitePages, type SitePages } from '../site-pages.ts';
import type { CheckContext, CheckRule, ContentFile } from '../types.ts';

// Anything with a scheme (https:, mailto:, tel:, data:) or protocol-relative is outside the site;
// javascript: URLs are the raw-HTML rule's business.
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Removes the configured base path, so `/huazhang/x/` and `/x/` both name the page `/x/`. */
function stripBase(pathname: string, base: string): string {
  if (base !== '/' && pathname.startsWith(base)) return `/${pathname.slice(base.length)}`;
  if (base !== '/' && `${pathname}/` === base) return '/';
  return pathname;
}

type Problem = { code: 'link.broken' | 'link.anchor' | 'link.markdown-file' | 'image.missing'; values: Record<string, string> };

function checkLink(ctx: CheckContext, site: SitePages, file: ContentFile, url: string): Problem | undefined {
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) return undefined;
  const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
  const target = beforeHash.split('?')[0]!;
  const page = pageOf(file.role) ?? '/';
  const pathname = decode(stripBase(new URL(target, `http://site${page}`).pathname, site.base));

  if (target.endsWith('.md')) {
    const onDisk = target.startsWith('/')
      ? path.join(ctx.contentDir, pathname)
      : path.resolve(path.dirname(file.absolutePath), decode(target));
    const address = existsSync(onDisk) ? addressOf(classifyPath(relativePath(ctx.contentDir, onDisk))) : undefined;
    return address
      ? { code: 'link.markdown-file', values: { url, suggestion: address } }
      : { code: 'link.broken', values: { url } };
  }
  const candidates = [pathname, pathname.endsWith('/') || path.extname(pathname) ? pathname : `${pathname}/`];
  const known = candidates.find((c) => site.pages.has(c));
  if (known !== undefined) {
    const anchors = site.pages.get(known);
    const anchor = hash === undefined ? undefined : decode(hash);
    if (anchor && anchors && !anchors.has(anchor)) return { code: 'link.anchor', values: { url, anchor } };
    return undefined;
  }
  if (site.uncertain.some((pattern) => candidates.some((c) => pattern.test(c)))) return undefined;
  if (existsSync(path.join(ctx.publicDir, pathname))) return undefined;
  // Attachments kept next to the article are copied along with it.
  if (!target.startsWith('/') && existsSync(path.resolve(path.dirname(file.absolutePath), decode(target)))) return undefined;
  return { code: 'link.broken', values: { url } };
}

function checkImage(ctx: CheckContext, site: SitePages, file: ContentFile, url: string): Problem | undefined {
  if (url === '' || EXTERNAL.test(url)) return undefined;
  const target = decode(url.split(/[?#]/)[0]!);
  const onDisk = target.startsWith('/')
    ? path.join(ctx.publicDir, stripBase(target, site.base))
    : path.resolve(path.dirname(file.absolutePath), target);
  return existsSync(onDisk) ? undefined : { code: 'image.missing', values: { url } };
}

/**
 * Internal links must reach a page the build makes (or a file under `public/`), and images a file
 * next to the Markdown or under `public/`. Pages are listed from the content with the same URL
 * builders the site uses.
 */
export const internalLinksRule: CheckRule = {
  id: 'internal-links',
  description: 'Internal links and images must resolve to a page or file of the site.',
  check(ctx) {
    let site: SitePages | undefined;
    for (const file of ctx.files) {
      if (!pageOf(file.role) || file.text === undefined || file.unclosedFrontMatter) continue;
      site ??= sitePages(ctx);
      const known = site;
      const report = (problem: Problem | undefined, at: { line: number; column: number } | undefined) => {
        if (!problem) return;
        ctx.report({
          file: file.path,
          ...(at ? { line: at.line + file.bodyLine - 1, column: at.column } : {}),
          code: problem.code,
          severity: problem.code === 'link.anchor' ? 'warning' : 'error',
          values: problem.values,
        });
      };
      visit(ctx.markdown(file), (node) => {
        if (node.type === 'html') {
          // Raw HTML pasted from Word or a web page carries its own links and images.
          for (const { kind, url, index } of htmlUrls((node as Html).value)) {
            const problem = kind === 'image' ? checkImage(ctx, known, file, url) : checkLink(ctx, known, file, url);
            report(problem, positionInHtml(node as Html, index));
          }
          return;
        }
        if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
        const { url, position } = node as Link | Image | Definition;
        report(node.type === 'image' ? checkImage(ctx, known, file, url) : checkLink(ctx, known, file, url), position?.start);
      });
    }
  },
};
