/**
 * Just enough of ZIP to stream the parts of an .xlsx out of a Blob (a browser File, or Node's
 * `fs.openAsBlob`): the central directory is read from the end, then each entry is inflated as a
 * stream, so a workbook of a million rows is never held whole in memory.
 */
import { counted, textChunks } from '../stream.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A file that is not a ZIP archive, or uses a part of ZIP that workbooks do not. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function view(file: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await file.slice(start, end).arrayBuffer());
}

export async function zipEntries(file: Blob): Promise<Map<string, ZipEntry>> {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const tailStart = Math.max(0, file.size - 65_557);
  const tail = await view(file, tailStart, file.size);
  let at = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('it is not a ZIP archive (an .xlsx workbook is one)');
  const count = tail.getUint16(at + 10, true);
  const size = tail.getUint32(at + 12, true);
  const offset = tail.getUint32(at + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, larger than 4 GB; save the workbook with fewer rows');
  const cd = await view(file, offset, offset + size);
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== CENTRAL) throw new ZipError('its directory is damaged');
    const nameLength = cd.getUint16(p + 28, true);
    const name = decoder.decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, nameLength));
    entries.set(name, {
      name,
      method: cd.getUint16(p + 10, true),
      compressedSize: cd.getUint32(p + 20, true),
      size: cd.getUint32(p + 24, true),
      localOffset: cd.getUint32(p + 42, true),
    });
    p += 46 + nameLength + cd.getUint16(p + 30, true) + cd.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * An entry's bytes, inflated as they are read. `onRead` is told how many compressed bytes have
 * been read so far, for a progress bar.
 */
export async function entryStream(file: Blob, entry: ZipEntry, onRead?: (bytes: number) => void): Promise<ReadableStream<Uint8Array>> {
  const head = await view(file, entry.localOffset, entry.localOffset + 30);
  if (head.byteLength < 30 || head.getUint32(0, true) !== LOCAL) throw new ZipError(`its entry ${entry.name} is damaged`);
  const start = entry.localOffset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
  const raw = counted(file.slice(start, start + entry.compressedSize).stream(), onRead);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return raw.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>);
  throw new ZipError(`its entry ${entry.name} is compressed with method ${entry.method}, which is not deflate`);
}

/** An entry as text, chunk by chunk. */
export async function* entryText(file: Blob, entry: ZipEntry, onRead?: (bytes: number) => void): AsyncGenerator<string> {
  yield* textChunks(await entryStream(file, entry, onRead));
}
