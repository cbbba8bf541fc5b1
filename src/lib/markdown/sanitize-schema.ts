import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What Markdown may keep of raw HTML: GitHub's rules (no `<script>`, `<iframe>`, `<style>`, no
 * `on*` attributes, only http(s)/mailto/tel and relative URLs), plus the awards-slot marker this
 * project inserts itself. Ids are kept as written: the clobber prefix would break editors' own
 * anchors, and the page chrome uses no ids an article could shadow.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), 'dataAwardsSlot'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
};
