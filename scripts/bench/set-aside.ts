// Folders a measured build must start without are moved aside, not deleted, until every build of
// the run is measured. On ext4 without a journal, as on the benchmark's machines, a file created
// within minutes of a mass deletion steps over every freed inode in its group: a build from clean
// right after deleting the last run's 10,000-dossier site and caches (over 600,000 files and
// folders) would pay for the benchmark's own cleaning, and so would the peer after its output was
// deleted (see "Outputs moved aside" in scripts/bench/README.md).
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const MARK = '.set-aside-';

/** Folders moved aside so far in this process, to delete once the run's measurements are done. */
export class SetAside {
  readonly #moved = new Set<string>();
  #count = 0;

  /**
   * Moves `folder` out of the way under a name beside it (same file system, so a rename); nothing
   * to move when it is absent. What an interrupted run left aside beside it is deleted with the rest.
   */
  async move(folder: string): Promise<void> {
    const name = `${basename(folder)}${MARK}`;
    const beside = await readdir(dirname(folder)).catch(() => []);
    for (const left of beside.filter((entry) => entry.startsWith(name))) this.#moved.add(join(dirname(folder), left));
    const aside = `${folder}${MARK}${process.pid}-${this.#count++}`;
    try {
      await rename(folder, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    this.#moved.add(aside);
  }

  /** Deletes every folder moved aside, and forgets them. */
  async deleteAll(): Promise<void> {
    const folders = [...this.#moved];
    this.#moved.clear();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }
}
