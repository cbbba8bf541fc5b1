import { readFileSync } from 'node:fs';
import { classifyPath } from './classify.ts';
import { decodeContent } from './decode.ts';
import { bodyShown, parseFrontMatter, parseYamlFile, splitText, type YamlBlock } from '../front-matter/index.ts';
import { mayBeBinary, sniffFileKind } from './file-kind.ts';
import { repairFrontMatter } from './yaml-repair.ts';
import type { ContentFile } from './types.ts';
import { listCheckedFiles, relativePath } from './content-listing.ts';
import { mapWithLimit } from '../map-with-limit.ts';

// Files between waits: the reads are synchronous, but sniffing a file that may be binary is not,
// and a bound keeps those few waits from piling up.
const CONCURRENT_READS = 64;

// Bytes that decoding may take out: a BOM's first byte (which also begins some characters; such a
// file is only read again where its text as written is needed), and Windows line endings' carriage returns.
const UTF8_BOM = 0xef;
const CARRIAGE_RETURN = 0x0d;

/**
 * A block as the rules see it: corrected for layout slips (tabs, full-width spaces, full-width
 * colons) when it has any, so the slips are reported once and the fields are still checked.
 */
function readBlock(written: YamlBlock): Pick<ContentFile, 'frontMatter' | 'yamlSlips'> {
  const repaired = repairFrontMatter(written);
  return repaired ? { frontMatter: repaired.frontMatter, yamlSlips: repaired.slips } : { frontMatter: written };
}

/**
 * Gives `file` its front matter block and layout slips, parsed when a rule first reads either.
 * Parsing the YAML was most of a re-check's reading (1.7 s of 4.4 s at 1,000 dossiers), and a
 * re-check reads no block of an unchanged file unless a rule points into it: per-file rules are
 * not run on it, and its fields come from the cache (`CheckContext.data`).
 */
function withBlock(file: ContentFile, parse: () => YamlBlock): ContentFile {
  let read: Pick<ContentFile, 'frontMatter' | 'yamlSlips'> | undefined;
  const block = () => (read ??= readBlock(parse()));
  return Object.defineProperties(file, {
    frontMatter: { get: () => block().frontMatter, enumerable: true },
    yamlSlips: { get: () => block().yamlSlips, enumerable: true },
  });
}

/**
 * Reads every file under the content folder (`files`, when the caller has listed them with
 * {@link listCheckedFiles}). Text files are decoded and split into front matter and body; assets
 * are listed only, so links to them can be checked.
 */
export async function loadContent(root: string, contentDir: string, files?: readonly string[]): Promise<ContentFile[]> {
  files ??= listCheckedFiles(contentDir);
  return mapWithLimit(files, CONCURRENT_READS, async (absolutePath): Promise<ContentFile> => {
    const contentPath = relativePath(contentDir, absolutePath);
    const role = classifyPath(contentPath);
    const base = {
      path: relativePath(root, absolutePath),
      contentPath,
      absolutePath,
      role,
      unclosedFrontMatter: false,
      body: '',
      bodyLine: 1,
    };
    if (role.kind === 'asset' || role.kind === 'guide') return { ...base, encoding: 'utf-8' };
    // Read at once, as the content loader does: this thread has nothing else to do meanwhile.
    const bytes = readFileSync(absolutePath);
    const decoded = decodeContent(bytes);
    // A photo or a Word file renamed to .md would otherwise be read as text in some encoding.
    const kind = mayBeBinary(bytes, decoded.encoding) ? await sniffFileKind(bytes) : undefined;
    if (kind) return { ...base, encoding: 'binary', fileKind: kind };
    if (decoded.text === undefined) return { ...base, encoding: decoded.encoding };
    const text = decoded.text;
    if (role.kind === 'site' || !contentPath.endsWith('.md')) return withBlock({ ...base, encoding: 'utf-8', text }, () => parseYamlFile(text));
    const { closing, ...split } = splitText(text);
    const shown = bodyShown(split);
    const file: ContentFile = {
      ...base,
      encoding: 'utf-8',
      text,
      textAsWritten: bytes[0] !== UTF8_BOM && !bytes.includes(CARRIAGE_RETURN),
      unclosedFrontMatter: split.unclosed,
      ...(split.closingText ? { closingText: split.closingText } : {}),
      body: shown.body,
      bodyLine: shown.line,
    };
    return closing === undefined ? file : withBlock(file, () => parseFrontMatter({ ...split, closing }));
  });
}
