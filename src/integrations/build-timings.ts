import type { AstroIntegration } from 'astro';
import { processGlobal } from '../lib/process-global.ts';

/**
 * When each step of an Astro build ended, in `performance.now()` milliseconds of the building
 * process. The build script reads them after `build()` returns to split the build into start-up,
 * content loading and page rendering.
 */
export interface BuildTimings {
  /** Config resolved; Astro's content sync (reading and validating front matter) starts after this. */
  configDone?: number;
  /** Content synced; bundling and page rendering start. */
  buildStart?: number;
  /** Every page written. */
  generated?: number;
}

/** The timings of the latest build in this process (empty before any), shared by every copy of this module. */
export function buildTimings(): BuildTimings {
  return processGlobal<BuildTimings>('build-timings', () => ({}));
}

/** Records {@link BuildTimings} for the build script. */
export function recordBuildTimings(): AstroIntegration {
  const timings = buildTimings();
  return {
    name: 'huazhang:build-timings',
    hooks: {
      'astro:config:done': () => {
        for (const key of Object.keys(timings)) delete timings[key as keyof BuildTimings];
        timings.configDone = performance.now();
      },
      'astro:build:start': () => {
        timings.buildStart = performance.now();
      },
      'astro:build:generated': () => {
        timings.generated = performance.now();
      },
    },
  };
}
