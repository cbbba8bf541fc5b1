// The bytes under every binary file of the search index and the shard cache: LEB128 varints and
// length-prefixed blocks. Shared by the builder (Node) and the search page (browser), so neither
// may use a Node or browser-only API here.

// One encoder and one decoder for every string a shard or an index file holds.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Strings up to this many UTF-16 units are encoded into the buffer in place ({@link ByteWriter.string}). */
const MAX_DIRECT_UNITS = 1 << 16;

/** How many bytes {@link ByteWriter.varint} writes for `value`. */
function varintBytes(value: number): number {
  let bytes = 1;
  for (let v = value >>> 0; v >= 0x80; v >>>= 7) bytes++;
  return bytes;
}

/** A growable byte buffer with LEB128 varints. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Appends an unsigned 32-bit number, seven bits a byte, low bits first. */
  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  /** Appends bytes as they are, with no length: the reader must know where they end. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Length-prefixed bytes. */
  block(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  /** Length-prefixed UTF-8. */
  string(text: string): void {
    // Encoded straight into the buffer, after room for the longest length prefix it could need (a
    // UTF-16 unit is at most three bytes), and moved back when the prefix came out shorter. A text
    // too long to reserve three times its length for is encoded apart and copied.
    if (text.length > MAX_DIRECT_UNITS) return this.block(encoder.encode(text));
    const most = text.length * 3;
    const gap = varintBytes(most);
    this.room(5 + most);
    const at = this.length;
    const { written } = encoder.encodeInto(text, this.buffer.subarray(at + gap));
    this.varint(written);
    if (this.length !== at + gap) this.buffer.copyWithin(this.length, at + gap, at + gap + written);
    this.length += written;
  }

  /** A copy of the bytes written. */
  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes written so far, without copying: valid until the next write. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads what {@link ByteWriter} wrote. */
export class ByteReader {
  /** Where the next read starts; a caller may move it to a place it knows. */
  offset = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Whether every byte has been read. */
  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  /** Reads a number {@link ByteWriter.varint} wrote. */
  varint(): number {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  }

  /** The next `length` bytes, without copying. */
  take(length: number): Uint8Array {
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  /** Reads what {@link ByteWriter.block} wrote, without copying. */
  block(): Uint8Array {
    return this.take(this.varint());
  }

  /** Reads what {@link ByteWriter.string} wrote. */
  string(): string {
    return decoder.decode(this.block());
  }
}
