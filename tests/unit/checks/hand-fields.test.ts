// The check hands the loader the fields it read, keyed as the loader keys the texts it reads: for
// every file it hands, the loader's own reading must give the same fields, and a file whose fields
// the check read differently from the loader must be left to the loader.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { contentDigest } from '../../../src/lib/content-digest.ts';
import { collectionEntryOf } from '../../../src/lib/content-paths.ts';
import { readMarkdownFields } from '../../../src/lib/front-matter/index.ts';
import { takeHandedFields } from '../../../src/lib/front-matter/handed-fields.ts';

const root = process.cwd();
const work = await mkdtemp(join(tmpdir(), 'huazhang-hand-fields-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Every Markdown file of a collection under `contentDir`, by its path in the content folder, with the text as the loader reads it. */
function collectionTexts(contentDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const path = relative(contentDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (entry.isFile() && collectionEntryOf(path)) texts.set(path, readFileSync(join(contentDir, path), 'utf8'));
  }
  return texts;
}

describe('fields the check hands to the content loader', () => {
  it('are those the loader would read, for every file the loader reads as the check did', async () => {
    const contentDir = join(work, 'content');
    await cp(join(root, 'tests/fixtures/sites/three-dossiers'), contentDir, { recursive: true });
    const edit = async (path: string, change: (text: string) => string) => writeFile(join(contentDir, path), change(await readFile(join(contentDir, path), 'utf8')));
    // Saved by Notepad: the check reads the text without its BOM and carriage returns, the loader with them.
    await edit('service/qinghe-2015/01-jiazhang.md', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    // A full-width colon after a key: the check reads the fields with the slip corrected, the loader cannot read them.
    await edit('management/qinghe-2015/01-zhidu.md', (text) => text.replace('\n---\n', '\norder： 3\n---\n'));
    // Not YAML at all: nobody has fields to give.
    await edit('management/qinghe-2015/02-duiwu.md', (text) => text.replace(/^---\n/, '---\ntitle: [未闭合\n'));
    // No front matter: the loader reads no fields, and neither does the check.
    await edit('creation/qinghe-2020/01-chuangjian.md', (text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));

    const fields = join(work, 'handed.v8');
    const diagnostics = await runChecks({ root, contentDir, env: {}, fields });
    // The check itself reports both.
    for (const path of ['management/qinghe-2015/01-zhidu.md', 'management/qinghe-2015/02-duiwu.md']) expect(diagnostics.some((d) => d.file.endsWith(path))).toBe(true);

    const digest = await contentDigest();
    const take = takeHandedFields(fields, 0);
    const texts = collectionTexts(contentDir);
    const handed = new Map<string, Record<string, unknown> | undefined>();
    for (const [path, text] of texts) handed.set(path, take(digest(text)));
    const left = [...handed].filter(([, given]) => given === undefined).map(([path]) => path);
    expect(left.sort()).toEqual(['management/qinghe-2015/01-zhidu.md', 'management/qinghe-2015/02-duiwu.md', 'service/qinghe-2015/01-jiazhang.md']);
    for (const [path, given] of handed) {
      if (given !== undefined) expect(given, path).toEqual(readMarkdownFields(texts.get(path)!, path).data);
    }
    // Every dossier, article and award list, not only a few.
    expect(handed.size - left.length).toBeGreaterThan(20);
  });

  it('are only those of the files checked anew when the check keeps what it found', async () => {
    const contentDir = join(work, 'again');
    await cp(join(root, 'tests/fixtures/sites/three-dossiers'), contentDir, { recursive: true });
    const cacheDir = join(work, 'again-cache');
    await runChecks({ root, contentDir, env: {}, cacheDir });
    const article = 'service/qinghe-2020/01-fuwu.md';
    await writeFile(join(contentDir, article), (await readFile(join(contentDir, article), 'utf8')).replace('服务学生成长', '服务学生健康成长'));
    const fields = join(work, 'again.v8');
    await runChecks({ root, contentDir, env: {}, cacheDir, fields });
    const digest = await contentDigest();
    const take = takeHandedFields(fields, 0);
    const texts = collectionTexts(contentDir);
    expect(take(digest(texts.get(article)!))).toEqual({ title: '服务学生健康成长' });
    expect([...texts].filter(([path, text]) => path !== article && take(digest(text)) !== undefined)).toEqual([]);
  });
});
