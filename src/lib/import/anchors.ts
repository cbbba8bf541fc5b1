import type { SectionKind } from '../constants.ts';
import type { Block, SkippedChrome } from './block.ts';
import { readSectionHeading } from './section-heading.ts';

/** The fixed points of a dossier, found before anything else: title, subtitle and section headings. */
export interface Anchors {
  /** Index of the title block, or -1. */
  titleAt: number;
  /** Index of the subtitle block, or -1 (also when it shares the title's line). */
  subtitleAt: number;
  title?: string;
  subtitle?: string;
  /** Section headings in order: block index, the section it opens, and the theme written after its name. */
  headings: Array<{ at: number; kind: SectionKind; theme?: string }>;
  /** Blocks before the title, and a table of contents listing the section names. */
  skipped: SkippedChrome[];
}

const SUBTITLE_DASH = /^(?:——|—|－－|--|─+)\s*/;
const TITLE_AND_SUBTITLE = /^(.+?)\s*——\s*(.+纪实)$/;
// The unit comes before the verb, and before the honour it strives for when that comes first
// (`记清溪农商银行营业部文明单位创建工作`).
const UNIT_FROM_SUBTITLE =
  /^(?:记)?(.{2,30}?)(?:(?:全国|省级|市级)?文明(?:单位|校园|村镇?|社区|行业|窗口))?(?:创建|争创|创文明|开展|推进|深化|建设|打造|文明创建|精神文明|纪实)/;

/** Whether a line ends as a dossier's title or subtitle does: `…创建文明单位纪实`. */
export function endsAsSubtitle(text: string): boolean {
  return text.endsWith('纪实');
}

/** The unit a subtitle names: the words before its verb. `黄州区政府办公室创建文明单位纪实` → `黄州区政府办公室`. */
export function unitFromSubtitle(subtitle: string): string | undefined {
  return UNIT_FROM_SUBTITLE.exec(subtitle.replace(SUBTITLE_DASH, ''))?.[1];
}

/** A block's section heading: the section's name, however numbered or spaced, and any theme after it. */
function sectionHeadingOf(block: Block): ReturnType<typeof readSectionHeading> {
  return block.list === undefined && block.table === undefined ? readSectionHeading(block.text) : undefined;
}

function findSubtitle(head: readonly Block[]): number {
  const styled = head.findIndex((b) => b.style === 'subtitle');
  if (styled !== -1) return styled;
  const dashed = head.findIndex((b) => SUBTITLE_DASH.test(b.text) && [...b.text].length <= 80);
  if (dashed !== -1) return dashed;
  // The first line is the title even when it ends with 纪实 itself.
  return head.findIndex((b, i) => i > 0 && endsAsSubtitle(b.text) && [...b.text].length <= 60);
}

/**
 * Finds the anchors of a dossier: the section headings (a run of headings with nothing between
 * them before the real ones is a table of contents), the subtitle (Word's Subtitle style, else
 * the first line starting with a dash, else one ending with 纪实) and the title (Word's Title
 * style, else the line before the subtitle, else the first heading or line). A title and subtitle
 * typed on one line (`文明清风谱华章——黄州区政府办公室创建文明单位纪实`) are split.
 */
export function findAnchors(blocks: readonly Block[]): Anchors {
  const skipped: SkippedChrome[] = [];
  let headings = blocks.flatMap((b, at) => {
    const heading = sectionHeadingOf(b);
    return heading ? [{ at, ...heading }] : [];
  });
  // A contents list names the sections with nothing in between; the sections proper follow.
  const contents = headings.filter((h, i) => headings[i + 1]?.at === h.at + 1 && headings.slice(i + 1).some((later) => later.kind === h.kind));
  const last = contents.at(-1);
  if (last) {
    const entries = headings.filter((h) => h.at <= last.at + 1 && headings.some((later) => later.at > last.at + 1 && later.kind === h.kind));
    for (const h of entries) skipped.push({ where: blocks[h.at]!.where, text: blocks[h.at]!.text, reason: 'table-of-contents' });
    headings = headings.filter((h) => !entries.includes(h));
  }
  const head = blocks.slice(0, headings[0]?.at ?? blocks.length);
  const anchors: Anchors = { titleAt: -1, subtitleAt: findSubtitle(head), headings, skipped };
  const styledTitle = head.findIndex((b) => b.style === 'title');
  anchors.titleAt =
    styledTitle !== -1 && (anchors.subtitleAt === -1 || styledTitle < anchors.subtitleAt)
      ? styledTitle
      : anchors.subtitleAt > 0
        ? anchors.subtitleAt - 1
        : head.findIndex((b) => b.heading !== undefined);
  if (anchors.titleAt === -1 && anchors.subtitleAt === -1 && head.length > 0) anchors.titleAt = 0;
  for (const block of blocks.slice(0, Math.max(anchors.titleAt, 0))) skipped.push({ where: block.where, text: block.text, reason: 'before-title' });
  if (anchors.titleAt >= 0) {
    const text = blocks[anchors.titleAt]!.text;
    const joined = anchors.subtitleAt === -1 ? TITLE_AND_SUBTITLE.exec(text) : null;
    anchors.title = (joined ? joined[1]! : text).trim().replace(/[。]$/, '');
    if (joined) anchors.subtitle = joined[2]!.trim();
  }
  if (anchors.subtitleAt >= 0) anchors.subtitle = blocks[anchors.subtitleAt]!.text.replace(SUBTITLE_DASH, '').trim();
  return anchors;
}
