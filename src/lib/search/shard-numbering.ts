// Every shard numbers its entries and documents from 0. The merged index numbers them in one
// sequence, kind by kind and shard after shard within a kind (then every shard's context
// documents), so the index is the same byte for byte however the site was split into shards.
import { ENTRY_KINDS } from './format.ts';
import type { EncodedShard } from './shard-codec.ts';

/** A run of a shard's local numbers `[from, to)` and where it starts (`at`) in the merged numbering. */
export interface NumberRange {
  shard: number;
  from: number;
  to: number;
  at: number;
}

/** Where each shard's entries and documents go in the merged numbering. */
export class ShardNumbering {
  /** Merged entries in all. */
  readonly entries: number;
  /** Merged groups in all; each has one context document. */
  readonly groups: number;
  /** The first context document: every entry document comes before it. */
  private readonly contextStart: number;
  private readonly shards: readonly EncodedShard[];

  constructor(shards: readonly EncodedShard[]) {
    this.shards = shards;
    let entries = 0;
    let docs = 0;
    ENTRY_KINDS.forEach((_, k) => {
      for (const shard of shards) {
        entries += shard.kinds[k]!.entries;
        docs += shard.kinds[k]!.docs;
      }
    });
    this.entries = entries;
    this.contextStart = docs;
    this.groups = shards.reduce((n, s) => n + s.groups, 0);
  }

  /** Merged documents in all, context documents included. */
  get docs(): number {
    return this.contextStart + this.groups;
  }

  /**
   * The ranges of a shard's local numbers, in merged order: for each kind (then the context
   * documents), each shard's local range and where it starts in the merged numbering.
   */
  ranges(unit: 'docs' | 'entries'): NumberRange[] {
    const out: NumberRange[] = [];
    const kinds = unit === 'docs' ? ENTRY_KINDS.length + 1 : ENTRY_KINDS.length;
    let at = 0;
    const localStarts = this.shards.map((shard) => {
      const starts: number[] = [];
      let n = 0;
      for (const k of shard.kinds) {
        starts.push(n);
        n += unit === 'docs' ? k.docs : k.entries;
      }
      starts.push(n);
      return starts;
    });
    for (let k = 0; k < kinds; k++) {
      this.shards.forEach((shard, s) => {
        const size = k < ENTRY_KINDS.length ? (unit === 'docs' ? shard.kinds[k]!.docs : shard.kinds[k]!.entries) : shard.groups;
        const from = localStarts[s]![k]!;
        out.push({ shard: s, from, to: from + size, at });
        at += size;
      });
    }
    return out;
  }
}
