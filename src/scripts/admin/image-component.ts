// Runs in the browser on /admin/ only: the 图片 block of the rich text editor, which uploads an
// image next to the file being edited and writes it as Markdown the site publishes under /_files/.
import { WIDGETS } from '../../lib/cms/editor-names.ts';
import { t } from '../../lib/i18n.ts';
import type { Element, ImmutableMap } from './decap.ts';

/** The parts of an image in Markdown: `![说明](photo.jpg "提示")`. */
interface ImageBlock {
  image?: string;
  alt?: string;
  title?: string;
}

/** What `CMS.registerEditorComponent` takes. @see https://decapcms.org/docs/custom-widgets/#registereditorcomponent */
export interface EditorComponent {
  id: string;
  label: string;
  fields: Array<Record<string, unknown>>;
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): ImageBlock;
  toBlock(block: ImageBlock): string;
  toPreview(block: ImageBlock, getAsset: (path: string | undefined, field: unknown) => unknown, fields?: { find(test: (field: ImmutableMap) => boolean): unknown }): Element;
}

/**
 * Decap's own image block, labelled in Chinese. It reads and writes the same Markdown, title
 * included, so images already in a body come back unchanged.
 */
export function imageComponent(): EditorComponent {
  return {
    id: WIDGETS.image,
    label: t('admin.image'),
    fields: [
      { name: 'image', label: t('admin.image.file'), widget: 'image', media_library: { allow_multiple: false } },
      { name: 'alt', label: t('admin.image.alt') },
      { name: 'title', label: t('admin.image.title') },
    ],
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: (match) => ({ alt: match[1] ?? '', image: match[2] ?? '', title: match[4] ?? '' }),
    toBlock: ({ alt, image, title }) => `![${alt ?? ''}](${image ?? ''}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`,
    toPreview: ({ alt, image, title }, getAsset, fields) => {
      const field = fields?.find((f) => f.get('widget') === 'image');
      return window.h('img', { src: getAsset(image, field) ?? '', alt: alt ?? '', title: title ?? '' });
    },
  };
}
