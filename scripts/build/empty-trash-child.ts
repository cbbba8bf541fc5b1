// Empties the trash of old sites for scripts/build.ts in a process of its own, which the build
// gives the lowest priority: deleting a replaced 1,000-dossier site is some 23,500 unlinks of
// kernel work, which took the cores from Astro and the check during a rebuild. At the lowest
// priority it runs when they leave a core idle, and at full speed once the build is done.
// Usage: node scripts/build/empty-trash-child.ts <outDir> <trash>; prints how many folders went.
import { emptyTrash } from './old-sites.ts';

const [outDir, trash] = process.argv.slice(2);
if (outDir && trash) process.stdout.write(`${await emptyTrash(outDir, trash)}\n`);
else process.exitCode = 2;
