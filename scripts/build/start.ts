// `npm run build`: the build of scripts/build.ts, its modules read from the compile cache (load-build.ts).
import { fileURLToPath } from 'node:url';
import { loadBuild } from './load-build.ts';

const { main } = await loadBuild(fileURLToPath(new URL('../..', import.meta.url)));
await main();
