import type { AstroIntegration } from 'astro';

// Astro loads the config through Vite, so this module may exist twice in one process; a global
// symbol is the one place both copies and the build script share.
const GATE = Symbol.for('huazhang.render-gate');

type Holder = { [GATE]?: Promise<unknown> };

/**
 * Holds the Astro build of this process after its content sync, until `open` settles: a build
 * that checks a large archive first loads the content while the check runs, and bundles and
 * renders pages only once the check has passed.
 */
export function holdRendering(open: Promise<unknown>): void {
  (globalThis as Holder)[GATE] = open;
}

/**
 * Waits at `astro:build:start`, which Astro calls once the content is synced and before it
 * bundles the pages, for the promise given to {@link holdRendering}; without one it does not wait.
 */
export function renderGate(): AstroIntegration {
  return {
    name: 'huazhang:render-gate',
    hooks: {
      'astro:build:start': async () => {
        await (globalThis as Holder)[GATE];
      },
    },
  };
}
