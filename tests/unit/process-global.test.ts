import { describe, expect, it, vi } from 'vitest';
import { processGlobal } from '../../src/lib/process-global.ts';

describe('processGlobal', () => {
  it('makes a value once per name and gives every caller that same value, wherever the module was loaded from', async () => {
    let made = 0;
    const first = processGlobal('test-value', () => ({ made: ++made }));
    expect(processGlobal('test-value', () => ({ made: ++made }))).toBe(first);
    // A second copy of the module, as Astro's config and the pages' bundle each load one.
    vi.resetModules();
    const copy = await import('../../src/lib/process-global.ts');
    expect(copy.processGlobal).not.toBe(processGlobal);
    expect(copy.processGlobal('test-value', () => ({ made: ++made }))).toBe(first);
    expect(made).toBe(1);
    expect(processGlobal('other-value', () => 'other')).toBe('other');
  });
});
