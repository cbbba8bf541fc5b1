// Set operations on ascending lists of document or entry numbers, as the postings hold them. The
// query engine runs them on every search, so they work in place on typed arrays.

/** First index in `list[from…]` whose value is at least `value` (galloping, then binary search). */
export function seek(list: Uint32Array, value: number, from: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < list.length && list[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorted intersection of two ascending lists. When one is much shorter, each of its values is
 * sought in the other by galloping, so a rare key against a key in every document costs a few
 * steps per rare hit instead of a walk through the long list.
 */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  if (a.length * 16 < b.length) {
    let j = 0;
    for (let i = 0; i < a.length && j < b.length; i++) {
      j = seek(b, a[i]!, j);
      if (b[j] === a[i]) out[n++] = a[i]!;
    }
    return out.subarray(0, n);
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The union of two ascending lists of distinct values. */
export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The intersection of several ascending lists, shortest first, stopping as soon as it is empty. */
export function intersectAll(lists: readonly Uint32Array[]): Uint32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = sorted[0] ?? new Uint32Array();
  for (let i = 1; i < sorted.length && out.length > 0; i++) out = intersect(out, sorted[i]!);
  return out;
}
