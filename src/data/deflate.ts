/** The bytes as a stream of one chunk; built by hand, as not every Blob has `stream()`. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Compressed data that cannot be read: damaged, cut short, or larger than allowed. */
export class InflateError extends Error {
  override name = 'InflateError';
}

/** Reads a stream to its end into one array; stops with an InflateError past `maxBytes`. */
async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InflateError(`it expands to more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Compresses with the platform's raw DEFLATE (CompressionStream, in browsers and Node). */
export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(
    new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  return collect(stream, Infinity);
}

/**
 * Decompresses raw DEFLATE, stopping as soon as the output passes `maxBytes`, so a small link
 * cannot expand into gigabytes. Throws an InflateError for damaged or oversized data.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(
    new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  try {
    return await collect(stream, maxBytes);
  } catch (error) {
    if (error instanceof InflateError) throw error;
    throw new InflateError('the compressed data is damaged or cut short');
  }
}
