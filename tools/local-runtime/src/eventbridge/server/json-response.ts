import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON response with the given content type.
 *
 * @example
 * ```ts
 * sendJson(response, 200, { ok: true });
 * ```
 */
export function sendJson(response: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
