// Whether the content check, in its own process, renders the bodies it parses into the body store
// during this build (src/lib/checks/checked-bodies.ts), and when it is done. The build script tells
// Astro's process (scripts/astro-build-child.ts); the body store then starts its worker only on
// what the check left, so that no body is rendered twice on the second core.
import { processGlobal } from '../process-global.ts';

const pending = () => processGlobal<{ done?: Promise<void> }>('bodies-from-check', () => ({}));

/** Notes that the content check renders bodies until `done` settles, however it settles. */
export function expectBodiesFromCheck(done: Promise<unknown>): void {
  pending().done = done.then(
    () => undefined,
    () => undefined,
  );
}

/** Settles when the content check is done rendering bodies; undefined when it renders none in this build. */
export function bodiesFromCheck(): Promise<void> | undefined {
  return pending().done;
}
