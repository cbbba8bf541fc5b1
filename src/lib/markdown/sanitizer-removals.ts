import type { Element, Properties, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** A place in the Markdown body, 1-based, as unified reports it. */
export interface BodyPoint {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** Something of the editor's that sanitizing takes out of the page. */
export type SanitizerRemoval =
  | {
      kind: 'element';
      /** The element's name, lower case: `style`, `iframe`. */
      tag: string;
      /** Whether its content stays on the page (the tag alone goes) or goes with it. */
      keepsContent: boolean;
      at: BodyPoint;
    }
  | {
      kind: 'attribute';
      tag: string;
      /** The attribute as written in HTML: `onclick`, `style`, `href`. */
      attribute: string;
      /** Its value as the parser read it, lists joined by spaces. */
      value: string;
      /** True when the attribute is allowed but its address is not (`javascript:`, `file:`, `data:`). */
      url: boolean;
      /** Where the element starts; the caller may narrow it to the attribute. */
      at: BodyPoint;
      /** The body offset where the element ends, when known. */
      end?: number | undefined;
    };

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function valueText(value: Properties[string]): string {
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

function sameValue(a: Properties[string], b: Properties[string]): boolean {
  return valueText(a) === valueText(b);
}

// Elements are matched across the two trees by where they start and what they are: the sanitizer
// copies each kept node's position to its replacement.
function keyOf(node: Element): string | undefined {
  const start = node.position?.start;
  return start ? `${start.line}:${start.column}:${node.tagName}` : undefined;
}

/** Whether the value of a URL attribute names a scheme (`javascript:`), as the sanitizer reads it. */
function hasScheme(value: string): boolean {
  const colon = value.indexOf(':');
  const firstOther = Math.min(...['/', '?', '#'].map((c) => value.indexOf(c)).filter((i) => i !== -1), Infinity);
  return colon !== -1 && colon < firstOther;
}

/**
 * Everything the sanitizer takes out of a body's HTML tree: elements (with or without their
 * content) and attributes, including addresses whose scheme is not allowed. The tree is the one
 * the site's pipeline hands to the sanitizer; this runs the very same sanitizer with the same
 * schema on it and compares the result, node for node, with what went in. Only nodes written in
 * the body (those with a position) are reported: what the pipeline itself adds is not the
 * editor's to fix.
 */
export function sanitizerRemovals(tree: Root, schema: Schema = SANITIZE_SCHEMA): SanitizerRemoval[] {
  const kept = new Map<string, Element>();
  visit(sanitize(tree, schema) as Root, 'element', (node: Element) => {
    const key = keyOf(node);
    if (key) kept.set(key, node);
  });
  const removals: SanitizerRemoval[] = [];
  visit(tree, 'element', (node: Element) => {
    const key = keyOf(node);
    if (!key) return;
    const at = node.position!.start;
    const after = kept.get(key);
    if (!after) {
      const keepsContent = !(schema.strip ?? []).includes(node.tagName);
      removals.push({ kind: 'element', tag: node.tagName, keepsContent, at });
      // Removed with its content: what is inside is gone too, and was reported by this one line.
      return keepsContent ? undefined : SKIP;
    }
    for (const [property, value] of Object.entries(node.properties)) {
      if (Object.hasOwn(after.properties, property) && sameValue(value, after.properties[property])) continue;
      const text = valueText(value);
      const url = Object.hasOwn(schema.protocols ?? {}, property) && hasScheme(text);
      removals.push({ kind: 'attribute', tag: node.tagName, attribute: attributeName(property), value: text, url, at, end: node.position!.end.offset });
    }
    return undefined;
  });
  return removals;
}
