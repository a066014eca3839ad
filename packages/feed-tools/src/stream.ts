// Reading files as streams, in Node (fs.openAsBlob) and in a browser (File) alike.

/** A byte stream that tells `onRead` how many bytes have passed, for a progress bar. */
export function counted(stream: ReadableStream<Uint8Array>, onRead?: (bytes: number) => void): ReadableStream<Uint8Array> {
  let read = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onRead?.(read);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** Where the first byte outside ASCII is, or -1. */
function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** The length of the UTF-8 sequence a byte begins: 1 for ASCII, 0 for a byte that cannot begin one. */
const sequenceLength = (lead: number) => (lead < 0x80 ? 1 : lead >= 0xf5 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0);

/** Whether the bytes from `i` are a whole UTF-8 sequence: the first non-ASCII character says which encoding a file is in. */
function utf8At(bytes: Uint8Array, i: number): boolean {
  const length = sequenceLength(bytes[i]!);
  if (length < 2 || i + length > bytes.length) return false;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  return true;
}

/** How many bytes at the end of a chunk begin a UTF-8 character that the next chunk would finish. */
function unfinished(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

const MIXED = 'the file mixes UTF-8 with another encoding. In Excel, save it again as "CSV UTF-8 (Comma delimited)"';

/**
 * A byte stream as text, chunk by chunk, in UTF-8. With `guessEncoding`, a file whose first
 * character outside ASCII is not UTF-8 is read as Windows-1252 instead: what Excel's "CSV (Comma
 * delimited)" writes on a Windows desktop in England.
 */
export async function* textChunks(stream: ReadableStream<Uint8Array>, { guessEncoding = false } = {}): AsyncGenerator<string> {
  const reader = stream.getReader();
  // The byte-order mark is left in the text: the CSV parser drops it from the start of the file.
  const utf8 = new TextDecoder('utf-8', { fatal: guessEncoding, ignoreBOM: guessEncoding });
  let legacy: TextDecoder | undefined;
  let carry = new Uint8Array(0);
  let plain = true;
  let done = false;
  /** The bytes as text, choosing Windows-1252 if they are the first to show the file is not UTF-8. */
  const decode = (bytes: Uint8Array): string => {
    try {
      return utf8.decode(bytes);
    } catch {
      if (!plain || utf8At(bytes, firstNonAscii(bytes))) throw new Error(MIXED);
      legacy = new TextDecoder('windows-1252');
      return legacy.decode(bytes, { stream: true });
    }
  };
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        const tail = legacy ? legacy.decode() : guessEncoding ? (carry.length ? decode(carry) : '') : utf8.decode();
        if (tail) yield tail;
        return;
      }
      let text: string;
      if (!guessEncoding) text = utf8.decode(next.value, { stream: true });
      else if (legacy) text = legacy.decode(next.value, { stream: true });
      else {
        let bytes = next.value;
        if (carry.length) {
          bytes = new Uint8Array(carry.length + next.value.length);
          bytes.set(carry);
          bytes.set(next.value, carry.length);
        }
        // A character split between chunks is decoded whole with the next one.
        const keep = unfinished(bytes);
        const split = bytes.slice(bytes.length - keep);
        text = decode(bytes.subarray(0, bytes.length - keep));
        const switched = legacy as TextDecoder | undefined;
        if (switched) text += switched.decode(split, { stream: true });
        carry = switched ? new Uint8Array(0) : split;
        plain &&= !/[\u0080-\uffff]/.test(text);
      }
      yield text;
    }
  } finally {
    // A reader that stopped early (an error found, or the page moved on) stops the reading too.
    if (!done) await reader.cancel();
  }
}
