import path from 'node:path';
import type { Definition, Html, Image, Link } from 'mdast';
import { CONTENT_FILES_DIR, contentFileOf, privateReason } from '../../content-files.ts';
import { isRemoteImage, markImageLocation } from '../../filings/index.ts';
import { htmlUrls, positionInHtml } from '../html-source.ts';
import { pageOf } from '../site-pages.ts';
import type { CheckContext, CheckRule, ContentFile } from '../types.ts';

interface Use {
  file: ContentFile;
  line?: number;
  column?: number;
}

const PUBLISHED = new RegExp(`^/(?:[^?#]*/)?${CONTENT_FILES_DIR}/([^?#]+)`);

/** The attachment an address in `file` names: relative to the file, or its published `/_files/…` address. */
function attachmentOf(ctx: CheckContext, file: ContentFile, url: string): string | undefined {
  const published = PUBLISHED.exec(url.trim());
  if (published) {
    try {
      return decodeURI(published[1]!);
    } catch {
      return published[1];
    }
  }
  return contentFileOf(url.trim(), path.dirname(file.absolutePath), ctx.contentDir);
}

/** What {@link attachmentLinksRule} gathers under this key: each page's links to attachments. */
const LINKED = 'attachment-links';

/** A link to or an image of an attachment, at a file position of the page that has it. */
interface Noted {
  attachment: string;
  line?: number;
  column?: number;
}
type Uses = Map<string, Use>;

/** Every attachment the body of `file` links to or shows, in the order the body has them. */
function notedIn(ctx: CheckContext, file: ContentFile): Noted[] {
  const noted: Noted[] = [];
  const note = (url: string, at: { line: number; column: number } | undefined) => {
    const attachment = attachmentOf(ctx, file, url);
    if (attachment !== undefined) noted.push({ attachment, ...(at ? { line: at.line + file.bodyLine - 1, column: at.column } : {}) });
  };
  ctx.markdownNodes(file).forEach((node) => {
    if (node.type === 'html') {
      for (const { url, index } of htmlUrls((node as Html).value)) note(url, positionInHtml(node as Html, index));
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { url, position } = node as Link | Image | Definition;
      note(url, position?.start);
    }
  });
  return noted;
}

/** Pages whose body can be read, the only ones whose links are known. */
const readablePages = (files: readonly ContentFile[]) => files.filter((file) => pageOf(file.role) && file.text !== undefined && !file.unclosedFrontMatter);

/**
 * Gathers, a batch of files at a time, the attachments each page links to or shows, so that the
 * attachments rule needs no Markdown tree of its own. Reports nothing.
 */
export const attachmentLinksRule: CheckRule = {
  id: 'attachment-links',
  description: 'Notes the attachments each page links to or shows, for the attachments rule.',
  perFile: true,
  check(ctx) {
    for (const file of readablePages(ctx.files)) ctx.gather(LINKED, file, notedIn(ctx, file));
  },
};

/** Every attachment some page's body links to or shows, with the first place that does. */
function attachmentUses(ctx: CheckContext): Uses {
  // Gathered by the batches of attachment-links; gathered here when that rule did not run.
  const pages = ctx.gathered<Noted>(LINKED) ?? readablePages(ctx.files).map((file) => ({ file, items: notedIn(ctx, file) }));
  const uses: Uses = new Map();
  for (const { file, items } of pages) {
    for (const { attachment, ...at } of items) if (!uses.has(attachment)) uses.set(attachment, { file, ...at });
  }
  // The footer shows the 党政机关网站标识 on every page: a mark image kept in the content folder is used.
  for (const file of ctx.files) {
    if (file.role.kind !== 'site') continue;
    const footer = ctx.data(file)?.footer;
    const mark = footer && typeof footer === 'object' ? (footer as Record<string, unknown>).partyGovMark : undefined;
    const image = mark && typeof mark === 'object' ? (mark as Record<string, unknown>).image : undefined;
    if (typeof image !== 'string' || !image.trim() || isRemoteImage(image.trim())) continue;
    const location = markImageLocation(image.trim());
    if (location.folder === 'content' && location.path !== undefined && !uses.has(location.path)) uses.set(location.path, { file });
  }
  return uses;
}

/**
 * Only the attachments a page links to or shows are published. Every other file kept in the
 * content folder is listed, so nothing is held back unnoticed; and a linked attachment whose name
 * or type says it is internal (a Word file, 内部, 草稿, 勿外传, draft) is pointed out where it is
 * linked, since linking it publishes it.
 */
export const attachmentsRule: CheckRule = {
  id: 'attachments',
  description: 'Lists attachments no page links to (not published) and warns about linked drafts and Word files.',
  check(ctx) {
    const assets = ctx.files.filter((file) => file.role.kind === 'asset');
    if (assets.length === 0) return;
    const uses = attachmentUses(ctx);
    // Where a page's text cannot be read, what it links to is unknown: its neighbours are not listed.
    const unread = new Set(
      ctx.files.filter((file) => pageOf(file.role) && (file.text === undefined || file.unclosedFrontMatter)).map((file) => path.dirname(file.contentPath)),
    );
    for (const asset of assets) {
      const use = uses.get(asset.contentPath);
      const reason = privateReason(asset.contentPath);
      if (!use && unread.has(path.dirname(asset.contentPath))) continue;
      if (!use) {
        ctx.report({
          file: asset.path,
          code: reason ? 'file.private-unlinked' : 'file.unreferenced',
          severity: 'warning',
          values: { name: asset.contentPath.split('/').at(-1)!, reason },
        });
      } else if (reason) {
        ctx.report({
          file: use.file.path,
          ...(use.line !== undefined ? { line: use.line, column: use.column } : {}),
          code: 'file.private-linked',
          severity: 'warning',
          values: { name: asset.contentPath.split('/').at(-1)!, reason },
        });
      }
    }
  },
};
