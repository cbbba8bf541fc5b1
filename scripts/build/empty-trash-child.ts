// Empties the trash of old sites for scripts/build.ts in a process of its own, which the build
// starts at the lowest priority once its new site is in place and does not wait for: deleting a
// replaced 1,000-dossier site is some 23,500 unlinks of kernel work.
// Usage: node scripts/build/empty-trash-child.ts <outDir> <trash>; prints how many folders went.
import { emptyTrash } from './old-sites.ts';

const [outDir, trash] = process.argv.slice(2);
if (outDir && trash) process.stdout.write(`${await emptyTrash(outDir, trash)}\n`);
else process.exitCode = 2;
