// Astro renders while the content check is still running, so what Astro prints may be about content
// the check will reject: a stack trace, or Astro's own wording of a problem the check words for
// editors. Its output is therefore held until the check's verdict and then either passed on or
// dropped.
import type { Readable, Writable } from 'node:stream';

/** One stream of a child process and where its output goes once released. */
export interface HeldStream {
  from: Readable;
  to: Writable;
}

/**
 * Holds what streams print until {@link HeldOutput.release} (which writes it, in the order it came,
 * and passes everything after straight through) or {@link HeldOutput.drop} (which discards it and
 * everything after).
 */
export class HeldOutput {
  #held: { to: Writable; chunk: Buffer }[] = [];
  #state: 'holding' | 'released' | 'dropped' = 'holding';

  constructor(streams: readonly HeldStream[]) {
    for (const { from, to } of streams) {
      from.on('data', (chunk: Buffer) => {
        if (this.#state === 'holding') this.#held.push({ to, chunk });
        else if (this.#state === 'released') to.write(chunk);
      });
    }
  }

  /** Writes what was held and lets later output through. */
  release(): void {
    if (this.#state !== 'holding') return;
    this.#state = 'released';
    for (const { to, chunk } of this.#held) to.write(chunk);
    this.#held = [];
  }

  /** Discards what was held and anything printed later. */
  drop(): void {
    this.#state = 'dropped';
    this.#held = [];
  }
}
