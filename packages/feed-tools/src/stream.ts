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

/** Whether the bytes from `i` are a whole UTF-8 sequence: the first non-ASCII character says which encoding a file is in. */
function utf8At(bytes: Uint8Array, i: number): boolean {
  const lead = bytes[i]!;
  const length = lead >= 0xf5 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (!length || i + length > bytes.length) return false;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * A byte stream as text, chunk by chunk: UTF-8, or Windows-1252 when the first byte outside ASCII is
 * not UTF-8 — what Excel's "CSV (Comma delimited)" writes on a Windows desktop in England.
 */
export async function* textChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let legacy: TextDecoder | undefined;
  let plain = true;
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        const tail = legacy ? legacy.decode() : utf8.decode();
        if (tail) yield tail;
        return;
      }
      const bytes = next.value;
      let text: string;
      if (legacy) text = legacy.decode(bytes, { stream: true });
      else {
        try {
          text = utf8.decode(bytes, { stream: true });
        } catch {
          if (!plain || utf8At(bytes, firstNonAscii(bytes))) throw new Error('the file mixes UTF-8 with another encoding. In Excel, save it again as "CSV UTF-8 (Comma delimited)"');
          legacy = new TextDecoder('windows-1252');
          text = legacy.decode(bytes, { stream: true });
        }
        plain &&= firstNonAscii(bytes) < 0;
      }
      yield text;
    }
  } finally {
    // A reader that stopped early (an error found, or the page moved on) stops the reading too.
    if (!done) await reader.cancel();
  }
}
