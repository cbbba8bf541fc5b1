import { parseYaml, yamlScalar } from '../front-matter/index.ts';

/**
 * Characters that mean something to YAML when a value starts with them, and what they do to the
 * value: the reason an editor's text stops the front matter from reading, or silently changes it.
 */
const LEADING: Readonly<Record<string, { reason: string; reasonEn: string; silent?: boolean }>> = {
  '*': { reason: '开头的“*”会被当成对别处的引用', reasonEn: 'a leading "*" is read as a reference to another value' },
  '&': { reason: '开头的“&…”会被当成标记而被丢掉', reasonEn: 'a leading "&…" is read as a label and dropped', silent: true },
  '!': { reason: '开头的“!”会被当成类型标记', reasonEn: 'a leading "!" is read as a type tag' },
  '@': { reason: '值不能以“@”开头', reasonEn: 'a value cannot start with "@"' },
  '`': { reason: '值不能以“`”开头', reasonEn: 'a value cannot start with "`"' },
  '%': { reason: '开头的“%”会被当成指令', reasonEn: 'a leading "%" is read as a directive' },
  '[': { reason: '开头的“[”会被当成列表的开始', reasonEn: 'a leading "[" starts a list' },
  '{': { reason: '开头的“{”会被当成一组字段的开始', reasonEn: 'a leading "{" starts a group of fields' },
  '|': { reason: '开头的“|”表示下面几行是多行文字', reasonEn: 'a leading "|" announces text on the lines below' },
  '>': { reason: '开头的“>”表示下面几行是多行文字', reasonEn: 'a leading ">" announces text on the lines below' },
  '-': { reason: '开头的“- ”会被当成列表项', reasonEn: 'a leading "- " starts a list item' },
  '?': { reason: '开头的“? ”会被当成字段名', reasonEn: 'a leading "? " is read as a field name' },
};

/** An accidental YAML construct in one line of front matter. */
export interface YamlTrap {
  /** File line and column of the character that causes it. */
  line: number;
  column: number;
  /** The field whose value holds it, as written. */
  key: string;
  /** The value as the editor wrote it (after `key: `). */
  value: string;
  /** The value quoted so that YAML reads it as written: `"*重要*创建纪实"`. */
  quoted: string;
  /**
   * `needs-quotes`: the line cannot be read, or is read as something else, until the value is
   * quoted. `comment`: text after ` #` is dropped silently; the rest of the value still counts.
   */
  kind: 'needs-quotes' | 'comment';
  reason: string;
  reasonEn: string;
}

// `key: value`, optionally as a list item; keys are plain words (no quotes, no colon).
const FIELD_LINE = /^(\s*(?:-\s+)?)([^\s#"'{}[\]:][^:#]*?):([ \t]+)(\S.*?)\s*$/;

/** Whether `key: value` fails to read on its own: the line itself is at fault, not its neighbours. */
function failsAlone(value: string): boolean {
  return parseYaml(`key: ${value}`, 1).errors.length > 0;
}

/**
 * Finds, line by line, values an editor typed that YAML reads as syntax: a leading `*`, `&`, `!`,
 * `@`, `` ` ``, `%`, `[`, `{`, `|`, `>`, `- ` or `? `, a `: ` inside the value, and text after
 * ` #`. `errorLines` are the file lines the parser failed on: a leading `[` or `|` is only a trap
 * there (elsewhere it is a list or a block of text written on purpose), and so is `: `.
 * `startLine` is the file line of the block's first line.
 */
export function findYamlTraps(source: string, startLine: number, errorLines: ReadonlySet<number>): YamlTrap[] {
  const traps: YamlTrap[] = [];
  let blockIndent = -1;
  source.split('\n').forEach((text, i) => {
    const line = startLine + i;
    const indent = text.search(/\S/);
    // Lines of a `|` or `>` block are free text.
    if (blockIndent >= 0 && (indent === -1 || indent > blockIndent)) return;
    blockIndent = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(text) ? Math.max(indent, 0) : -1;
    const match = FIELD_LINE.exec(text);
    if (!match) return;
    const [, lead, key, gap, value] = match as unknown as [string, string, string, string, string];
    const valueColumn = lead.length + key.length + 1 + gap.length + 1;
    const first = value[0]!;
    const trap = (column: number, kind: YamlTrap['kind'], reason: string, reasonEn: string) =>
      traps.push({ line, column, key: key.trim(), value, quoted: yamlScalar(value), kind, reason, reasonEn });
    const leading = LEADING[first];
    const isIndicator = (first !== '-' && first !== '?') || /^[-?]\s/.test(value);
    const blockAnnounce = (first === '|' || first === '>') && /^[|>][+-]?\d*$/.test(value);
    if (leading && isIndicator && !blockAnnounce && (leading.silent || '*!@`%'.includes(first) || (errorLines.has(line) && failsAlone(value)))) {
      trap(valueColumn, 'needs-quotes', leading.reason, leading.reasonEn);
      return;
    }
    if (first === '"' || first === "'") return;
    const colon = value.search(/:(?:\s|$)/);
    if (colon !== -1 && errorLines.has(line) && failsAlone(value)) {
      trap(valueColumn + colon, 'needs-quotes', '值中间的“: ”会被当成又一个字段名', 'a ": " inside the value is read as another field name');
      return;
    }
    const hash = value.search(/\s#/);
    if (hash !== -1) trap(valueColumn + hash + 1, 'comment', `“#”后面的“${value.slice(hash + 2).trim()}”会被当成注释而丢掉`, `the text after "#" is read as a comment and dropped`);
  });
  return traps;
}
