import type { Definition, Html, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { positionInHtml, withoutComments } from '../html-source.ts';
import type { CheckRule } from '../types.ts';

type Finding = { index: number; code: 'html.script' | 'html.iframe' | 'html.event-handler' | 'html.javascript-url'; attribute?: string };

// Control characters and spaces are ignored by browsers inside a URL scheme, so `java\tscript:` counts.
const JAVASCRIPT_URL = /^[\s\u0000-\u001f]*j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t[\s\u0000-\u001f]*:/i;

/** The constructs the sanitizer removes, found in one block of raw HTML, with their offsets. */
export function findUnsafeHtml(html: string): Finding[] {
  const text = withoutComments(html);
  const findings: Finding[] = [];
  for (const m of text.matchAll(/<script\b/gi)) findings.push({ index: m.index, code: 'html.script' });
  for (const m of text.matchAll(/<iframe\b/gi)) findings.push({ index: m.index, code: 'html.iframe' });
  for (const m of text.matchAll(/<[a-z][^>]*?[\s/"'](on[a-z]+)\s*=/gi)) {
    findings.push({ index: m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[1]!)).length, code: 'html.event-handler', attribute: m[1]! });
  }
  for (const m of text.matchAll(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(j[\s\u0000-\u001f]*a[^"'>:]*:)/gi)) {
    if (JAVASCRIPT_URL.test(m[1]!)) findings.push({ index: m.index + m[0].length - m[1]!.length, code: 'html.javascript-url' });
  }
  return findings.sort((a, b) => a.index - b.index);
}

/**
 * Raw HTML that the sanitizer strips (`<script>`, `<iframe>`, `on*=` handlers, `javascript:` URLs)
 * is reported at its line, so editors know why part of their text is missing from the page.
 */
export const rawHtmlRule: CheckRule = {
  id: 'raw-html',
  description: 'Warns about raw HTML the sanitizer removes: scripts, iframes, event handlers, javascript: URLs.',
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      const offset = file.bodyLine - 1;
      visit(ctx.markdown(file), (node) => {
        if (node.type === 'html') {
          for (const finding of findUnsafeHtml((node as Html).value)) {
            const at = positionInHtml(node as Html, finding.index);
            if (!at) continue;
            ctx.report({
              file: file.path,
              line: at.line + offset,
              column: at.column,
              code: finding.code,
              severity: 'warning',
              values: { attribute: finding.attribute },
            });
          }
        } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
          const { url, position } = node as Link | Image | Definition;
          if (!JAVASCRIPT_URL.test(url)) return;
          ctx.report({
            file: file.path,
            ...(position ? { line: position.start.line + offset, column: position.start.column } : {}),
            code: 'html.javascript-url',
            severity: 'warning',
          });
        }
      });
    }
  },
};
