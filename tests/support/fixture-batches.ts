import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One fixture project (as `buildFixture` lays it out) and the dossier slug it takes in a batch. */
export interface BatchMember {
  name: string;
  root: string;
}

/** Files of several fixture projects laid side by side in one project, each fixture's dossier renamed. */
export interface Batch {
  members: BatchMember[];
  files: Map<string, Buffer>;
}

const DEMO_PATH = /^content\/(?:(dossiers|achievements)\/demo\.md|(management|service|creation)\/demo\/(.+))$/;

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * A fixture's files with its `demo` dossier renamed to `slug`: the overview, the achievements
 * file, the section folders, and `/demo/` in the addresses its Markdown links to. Everything else
 * (site settings, public files, stray files) keeps its path.
 */
export function renamedFiles(root: string, slug: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const file of listFiles(root)) {
    const match = DEMO_PATH.exec(file);
    const target = !match ? file : match[1] ? `content/${match[1]}/${slug}.md` : `content/${match[2]}/${slug}/${match[3]}`;
    let bytes = readFileSync(path.join(root, file));
    if (file.endsWith('.md')) bytes = Buffer.from(bytes.toString('utf8').replaceAll('/demo/', `/${slug}/`), 'utf8');
    files.set(target, bytes);
  }
  return files;
}

/**
 * Groups fixture projects into as few projects as possible: a fixture joins the first batch where
 * none of its renamed files would replace a different file of another fixture. Each fixture's
 * dossier takes the fixture's name as its slug, so their pages never collide.
 */
export function batchFixtures(members: readonly BatchMember[]): Batch[] {
  const batches: Batch[] = [];
  for (const member of members) {
    const files = renamedFiles(member.root, member.name);
    let batch = batches.find((b) => [...files].every(([file, bytes]) => !b.files.has(file) || b.files.get(file)!.equals(bytes)));
    if (!batch) batches.push((batch = { members: [], files: new Map() }));
    batch.members.push(member);
    for (const [file, bytes] of files) batch.files.set(file, bytes);
  }
  return batches;
}

/** Writes a batch's files under `root`. */
export function writeBatch(batch: Batch, root: string): void {
  for (const [file, bytes] of batch.files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
}
