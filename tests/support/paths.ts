import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where test builds go (git-ignored); each site in its own folder. */
export const OUTPUT = join(ROOT, 'tests', '.output');

/** The shipped content built once for the site and browser tests. */
export const SHIPPED_SITE = join(OUTPUT, 'shipped');

/** The three-dossier fixture site: its content and where it is built. */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'sites', 'three-dossiers');
export const FIXTURE_SITE = join(OUTPUT, 'three-dossiers');
/** One dossier published under a sub-path, every award with a year: its content and where it is built. */
export const SUBPATH_CONTENT = join(ROOT, 'tests', 'fixtures', 'sites', 'subpath');
export const SUBPATH_SITE = join(OUTPUT, 'subpath');
/** The search-quality archive (six units of different kinds): its content, built whole and in shards of two dossiers. */
export const ARCHIVE_CONTENT = join(ROOT, 'tests', 'fixtures', 'sites', 'search-archive');
export const ARCHIVE_SITE = join(OUTPUT, 'search-archive');
export const SHARDED_ARCHIVE_SITE = join(OUTPUT, 'search-archive-sharded');
/** Dossiers per shard of the sharded archive build. */
export const ARCHIVE_SHARD_SIZE = 2;

/** Two units' awards over twenty years, published under a base path: the 荣誉榜, its chart and its tables. */
export const AWARD_ARCHIVE_CONTENT = join(ROOT, 'tests', 'fixtures', 'sites', 'award-archive');
export const AWARD_ARCHIVE_SITE = join(OUTPUT, 'award-archive');
