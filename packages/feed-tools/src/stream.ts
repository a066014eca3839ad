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

/** A UTF-8 byte stream as text, chunk by chunk. */
export async function* textChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  // Node's and the DOM's stream types disagree on TextDecoderStream's input; both accept bytes.
  const reader = stream.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // A reader that stopped early (an error found, or the page moved on) stops the reading too.
    if (!done) await reader.cancel();
  }
}
