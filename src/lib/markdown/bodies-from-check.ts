// Whether the content check, in its own process, renders the bodies it parses into the body store
// during this build (src/lib/checks/checked-bodies.ts), and when it is done. The build script tells
// Astro's process (scripts/astro-build-child.ts); the body store then starts its worker only on
// what the check left, so that no body is rendered twice on the second core, and notes what it
// found for the build's report. Light on purpose: Astro's process loads it before Astro starts.
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

/** What the body store of the latest build in this process held, for the build's report. */
export interface BodyStoreReport {
  /** Dossiers whose bodies the site shows: one group of bodies each. */
  dossiers?: number;
  /** Of those, the groups missing from the store when it was opened, after Astro's content sync. */
  missing?: number;
  /** Of those, the groups still missing once the content check was done rendering; unset when the check was not to render any. */
  leftByCheck?: number | undefined;
}

/** The {@link BodyStoreReport} of the latest build in this process, shared by every copy of this module. */
export function bodyStoreReport(): BodyStoreReport {
  return processGlobal<BodyStoreReport>('body-store-report', () => ({}));
}
