import type { IncomingMessage } from 'node:http';

/** Larger than any valid request (PutEvents: 256 KB of entries plus JSON escaping). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Thrown when a request body exceeds {@link MAX_BODY_BYTES}. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor() {
    super(`Request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

/**
 * Reads a request body as UTF-8, refusing oversized bodies instead of buffering them.
 *
 * @example
 * ```ts
 * const text = await readBody(request);
 * ```
 */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
