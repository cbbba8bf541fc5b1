import { defaultSchema, type Schema } from 'hast-util-sanitize';

const allowed = (name: string) => defaultSchema.attributes?.[name] ?? [];

/**
 * What Markdown may keep of raw HTML. It starts from GitHub's rules (no `<script>`, `<iframe>`,
 * `<style>`, no `on*` attributes, no `style` or `class`) and adds, deliberately, what a 纪实 needs
 * and what cannot run code or change the page's look:
 *
 * - figures with captions (`<figure>`, `<figcaption>`) and table captions and column groups;
 * - video and audio (`<video>`, `<audio>`, with `<source>` and captions in `<track>`), always
 *   with the player's controls and never playing by themselves;
 * - a few marks of text: `<mark>`, `<abbr>`, `<small>`, `<u>`, `<cite>`, `<time>`.
 *
 * Addresses may be web addresses or the site's own (relative or starting with `/`): links also
 * `mailto:` and `tel:`, media only `http:` and `https:`. Elements whose content is code or
 * styling rather than text (`<script>`, `<style>`, `<noscript>`, `<template>`, `<iframe>`'s
 * fallback) go with their content, so none of it is ever printed on the page; any other element
 * that is not allowed is unwrapped, its text kept. Ids are kept as written: the clobber prefix
 * would break editors' own anchors, and the page chrome uses no ids an article could shadow. The
 * editor guide (content/README.md) lists the same, for editors.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'caption',
    'colgroup',
    'col',
    'video',
    'audio',
    'track',
    'mark',
    'abbr',
    'small',
    'u',
    'cite',
    'time',
  ],
  ancestors: {
    ...defaultSchema.ancestors,
    caption: ['table'],
    colgroup: ['table'],
    col: ['table'],
    track: ['video', 'audio'],
  },
  attributes: {
    ...defaultSchema.attributes,
    div: [...allowed('div'), 'dataAwardsSlot'],
    video: ['src', 'poster', 'controls', 'preload', 'loop', 'muted', 'playsInline'],
    audio: ['src', 'controls', 'preload', 'loop', 'muted'],
    source: [...allowed('source'), 'src', 'type'],
    track: ['src', 'srcLang', ['kind', 'subtitles', 'captions', 'descriptions', 'chapters'], 'default'],
  },
  // A player without controls cannot be started at all without script.
  required: {
    ...defaultSchema.required,
    video: { controls: true },
    audio: { controls: true },
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    poster: ['http', 'https'],
  },
  strip: ['script', 'style', 'noscript', 'template', 'iframe', 'noembed', 'noframes'],
};
