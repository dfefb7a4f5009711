/**
 * TFRecord framing and the bit of protobuf encoding TensorBoard event files need — hand-written,
 * no dependency.
 *
 * A record: uint64 length (little-endian), masked CRC32C of those 8 bytes, the data, masked CRC32C
 * of the data. Mask: `((crc >>> 15) | (crc << 17)) + 0xa282ead8` (mod 2^32).
 */

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/** CRC-32C (Castagnoli), as used by TFRecord. */
export function crc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC32C_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** TFRecord's masked CRC. */
export function maskedCrc32c(data: Uint8Array): number {
  const crc = crc32c(data);
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

/** One TFRecord around `data`. */
export function tfRecord(data: Uint8Array): Buffer {
  const out = Buffer.alloc(8 + 4 + data.length + 4);
  out.writeBigUInt64LE(BigInt(data.length), 0);
  out.writeUInt32LE(maskedCrc32c(out.subarray(0, 8)), 8);
  out.set(data, 12);
  out.writeUInt32LE(maskedCrc32c(data), 12 + data.length);
  return out;
}

/** A minimal protobuf writer: the wire types Event and Summary use. */
export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  private push(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    return this;
  }

  /** A varint; negative numbers as 64-bit two's complement (10 bytes), like int64. */
  private varint(value: bigint): Uint8Array {
    let v = BigInt.asUintN(64, value);
    const bytes: number[] = [];
    while (v >= 0x80n) {
      bytes.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    bytes.push(Number(v));
    return Uint8Array.from(bytes);
  }

  private tag(field: number, wireType: number): this {
    return this.push(this.varint(BigInt((field << 3) | wireType)));
  }

  /** Wire type 1: `double`. */
  double(field: number, value: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(value, 0);
    return this.tag(field, 1).push(b);
  }

  /** Wire type 5: `float` (rounded to float32). */
  float(field: number, value: number): this {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value, 0);
    return this.tag(field, 5).push(b);
  }

  /** Wire type 0: `int64`. */
  int64(field: number, value: number | bigint): this {
    return this.tag(field, 0).push(this.varint(BigInt(value)));
  }

  /** Wire type 2: `bytes` / embedded message. */
  bytes(field: number, value: Uint8Array): this {
    return this.tag(field, 2)
      .push(this.varint(BigInt(value.length)))
      .push(value);
  }

  /** Wire type 2: `string` (UTF-8). */
  string(field: number, value: string): this {
    return this.bytes(field, Buffer.from(value, 'utf8'));
  }

  finish(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
