import { describe, expect, it } from 'vitest';
import { contentTypeOf, extensionOf } from '../../src/lib/content-type.ts';

describe('extensionOf', () => {
  it('gives the extension of a content type from the same table contentTypeOf reads', () => {
    expect(extensionOf('image/png')).toBe('png');
    expect(extensionOf('image/jpeg')).toBe('jpg');
    expect(contentTypeOf(`a.${extensionOf('image/jpeg')}`)).toBe('image/jpeg');
    expect(extensionOf('application/x-unknown-thing')).toBe('bin');
  });
});
