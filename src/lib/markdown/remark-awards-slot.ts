import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { AWARDS_MARKER } from '../constants.ts';

/** The HTML the marker becomes; the 成就篇 page splits the rendered body here. */
export const AWARDS_SLOT_HTML = '<div data-awards-slot=""></div>';

/**
 * Turns the `<!-- awards -->` line of an achievements body into an empty marker element that
 * survives sanitising (comments do not), so the page can put the award table exactly there.
 */
export function remarkAwardsSlot() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (node.value.trim() !== AWARDS_MARKER || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: { hName: 'div', hProperties: { dataAwardsSlot: '' } },
      };
      return SKIP;
    });
  };
}
