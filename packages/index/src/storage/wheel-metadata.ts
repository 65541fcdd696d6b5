import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** Largest METADATA file served as PEP 658 metadata. */
const MAX_METADATA = 16 * 1024 * 1024;
const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;

/**
 * The bytes of a wheel's `<name>-<version>.dist-info/METADATA` (for PEP 658 `<file>.metadata`), or undefined.
 * Reads only the central directory and that one member; the wheel has already passed the ZIP rules.
 */
export async function readWheelMetadata(path: string): Promise<Buffer | undefined> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailSize = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    let eocd = -1;
    for (let i = tailSize - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff || cdOffset + cdSize > size) return undefined;
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    for (let at = 0; at + 46 <= cd.length && cd.readUInt32LE(at) === CENTRAL_SIG; ) {
      const method = cd.readUInt16LE(at + 10);
      const compressed = cd.readUInt32LE(at + 20);
      const uncompressed = cd.readUInt32LE(at + 24);
      const nameLength = cd.readUInt16LE(at + 28);
      const extraLength = cd.readUInt16LE(at + 30);
      const commentLength = cd.readUInt16LE(at + 32);
      const local = cd.readUInt32LE(at + 42);
      const name = cd.toString('utf8', at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (!/^[^/]+\.dist-info\/METADATA$/.test(name)) continue;
      if (uncompressed > MAX_METADATA || compressed > MAX_METADATA) return undefined;
      const header = Buffer.alloc(30);
      await handle.read(header, 0, 30, local);
      const dataStart = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const data = Buffer.alloc(compressed);
      await handle.read(data, 0, compressed, dataStart);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_METADATA });
      return undefined;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}
