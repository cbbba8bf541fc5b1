/**
 * Like `Promise.all(items.map(fn))`, but with at most `limit` calls running at once, keeping the
 * results in input order. Reading every file of a large archive at once runs out of file
 * handles (EMFILE); a bounded pool reads it just as fast.
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
