import type { AstroIntegration } from 'astro';
import { processGlobal } from '../lib/process-global.ts';

// The build script holds the gate; Astro's config, which may be another copy of this module, waits at it.
const gate = () => processGlobal<{ open?: Promise<unknown> }>('render-gate', () => ({}));

/**
 * Holds the Astro build of this process after its content sync, until `open` settles: a build
 * that checks a large archive first loads the content while the check runs, and bundles and
 * renders pages only once the check has passed.
 */
export function holdRendering(open: Promise<unknown>): void {
  gate().open = open;
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
        await gate().open;
      },
    },
  };
}
