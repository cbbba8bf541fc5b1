/**
 * A UI string with `{{page}}` and `{{pages}}` placeholders as the value of a CSS `content`
 * property: the text as quoted strings, the placeholders as the page counters a page margin box
 * fills in.
 *
 * @example pageCounterContent('第 {{page}} 页，共 {{pages}} 页') // '"第 " counter(page) " 页，共 " counter(pages) " 页"'
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** Text as a quoted CSS string: quotes and backslashes escaped, a line break as CSS writes it. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/\n/g, '\\A ')}"`;
}
