/**
 * A filing number as an editor may have typed or pasted it, made comparable: full-width letters,
 * digits and hyphens become half-width (NFKC), spaces go, and a leading label such as
 * "ICP备案号：" or "公安备案号:" copied along with the number is dropped.
 */
export function normaliseFilingNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[^:：]*备案号?[:：]/, '')
    .replace(/[‐‑‒–—−]/g, '-');
}
