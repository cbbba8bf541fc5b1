import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Html, Image, Link } from 'mdast';
import { classifyPath } from '../classify.ts';
import { htmlUrls, positionInHtml } from '../html-source.ts';
import { relativePath } from '../content-listing.ts';
import { awardPageKind } from '../../routes/index.ts';
import { urls, withBase, withoutBase } from '../../urls.ts';
import { addressOf, pageOf, type SitePages } from '../site-pages.ts';
import type { CheckContext, CheckRule, ContentFile } from '../types.ts';
import { localAddress } from '../url-kind.ts';

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

/**
 * The path of a link on the built site, without the base path; `undefined` for a path outside it.
 * Root-absolute links without the base get it added by the build, so `/x/` and `/huazhang/x/`
 * both name the page `/x/`; a relative link is resolved against the page it is shown on, base
 * included; an absolute link to the site's own address must include the base.
 */
function sitePath(site: SitePages, page: string, target: string): string | undefined {
  const { pathname } = new URL(target, `https://site${withBase(site.base, page)}`);
  if (target.startsWith('/')) return withoutBase(site.base, pathname) ?? pathname;
  return withoutBase(site.base, pathname);
}

type Problem = { code: 'link.broken' | 'link.anchor' | 'link.markdown-file' | 'link.unsure' | 'image.missing' | 'media.missing'; values: Record<string, string> };

function checkLink(ctx: CheckContext, site: SitePages, file: ContentFile, url: string): Problem | undefined {
  // Files on the editor's disk and pasted data are the link-addresses rule's to explain.
  if (url === '' || url.startsWith('#') || localAddress(url)) return undefined;
  // A full address under the site's own root is checked like any internal link; the rest of its
  // host (the root of a site published under /huazhang/) is someone else's.
  const siteRoot = site.origin === undefined ? undefined : `${site.origin}${site.base}`;
  const own = siteRoot !== undefined && (url.startsWith(siteRoot) || `${url}/` === siteRoot) ? url.slice(site.origin!.length) : url;
  if (EXTERNAL.test(own)) return undefined;
  const [beforeHash, hash] = own.split('#', 2) as [string, string | undefined];
  const target = beforeHash.split('?')[0]!;
  const page = pageOf(file.role) ?? '/';
  // The build leaves full addresses as written; they are under the base path by the test above.
  const resolved = own === url ? sitePath(site, page, target) : withoutBase(site.base, target);
  if (resolved === undefined) return { code: 'link.broken', values: { url } };
  const pathname = decode(resolved);

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
    const anchor = hash === undefined ? undefined : decode(hash);
    if (!anchor || site.pages.get(known)!.has(anchor)) return undefined;
    const fix = site.openAnchors.get(known);
    return fix ? { code: 'link.unsure', values: { url, fix } } : { code: 'link.anchor', values: { url, anchor } };
  }
  // A page that an award with errors may still add is neither there nor missing yet.
  const kind = candidates.map(awardPageKind).find((k) => k !== undefined && site.openKinds.has(k));
  if (kind) return { code: 'link.unsure', values: { url, fix: site.openKinds.get(kind)! } };
  if (existsSync(path.join(ctx.publicDir, pathname))) return undefined;
  // Files kept next to the Markdown are published under /_files/, and linked to relatively.
  if (pathname.startsWith(urls.contentFiles()) && existsSync(path.join(ctx.contentDir, pathname.slice(urls.contentFiles().length)))) return undefined;
  if (!target.startsWith('/') && existsSync(path.resolve(path.dirname(file.absolutePath), decode(target)))) return undefined;
  return { code: 'link.broken', values: { url } };
}

function checkImage(ctx: CheckContext, site: SitePages, file: ContentFile, url: string): Problem | undefined {
  if (url === '' || EXTERNAL.test(url) || localAddress(url)) return undefined;
  const target = decode(url.split(/[?#]/)[0]!);
  // An image may also be shown from where the site publishes attachments, /_files/….
  const fromRoot = target.startsWith('/') ? (withoutBase(site.base, target) ?? target) : undefined;
  const onDisk =
    fromRoot === undefined
      ? path.resolve(path.dirname(file.absolutePath), target)
      : fromRoot.startsWith(urls.contentFiles())
        ? path.join(ctx.contentDir, fromRoot.slice(urls.contentFiles().length))
        : path.join(ctx.publicDir, fromRoot);
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
  perFile: true,
  check(ctx) {
    let site: SitePages | undefined;
    for (const file of ctx.files) {
      if (!pageOf(file.role) || file.text === undefined || file.unclosedFrontMatter) continue;
      site ??= ctx.sitePages();
      const known = site;
      const report = (problem: Problem | undefined, at: { line: number; column: number } | undefined) => {
        if (!problem) return;
        ctx.report({
          file: file.path,
          ...(at ? { line: at.line + file.bodyLine - 1, column: at.column } : {}),
          code: problem.code,
          severity: problem.code === 'link.anchor' || problem.code === 'link.unsure' ? 'warning' : 'error',
          values: problem.values,
        });
      };
      ctx.markdownNodes(file).forEach((node) => {
        if (node.type === 'html') {
          // Raw HTML pasted from Word or a web page carries its own links and images.
          for (const { kind, url, index } of htmlUrls((node as Html).value)) {
            const problem = kind === 'link' ? checkLink(ctx, known, file, url) : checkImage(ctx, known, file, url);
            report(problem && kind === 'media' ? { ...problem, code: 'media.missing' } : problem, positionInHtml(node as Html, index));
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
