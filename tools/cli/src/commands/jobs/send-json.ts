import { request } from 'node:http';
import { request as requestHttps } from 'node:https';

import { type ApiErrorDetail, IngestionApiError } from './ingestion-api-error';

/**
 * The message people read: the API's own message, or with field details one field per line, so a
 * 400 says exactly which input to fix.
 * @example
 * describeApiError('POST /ingestion/jobs', 400, 'Invalid request: …', [{ field: 'body.files[0].key', message: 'must not contain ".." segments' }]);
 * // 'POST /ingestion/jobs was refused (HTTP 400):\n  body.files[0].key: must not contain ".." segments'
 */
export const describeApiError = (what: string, status: number, message: unknown, details: readonly ApiErrorDetail[]): string => {
  if (details.length > 0) return `${what} was refused (HTTP ${status}):\n${details.map((detail) => `  ${detail.field}: ${detail.message}`).join('\n')}`;
  return typeof message === 'string' ? `${message} (HTTP ${status})` : `${what} answered HTTP ${status}`;
};

export type ApiMethod = 'GET' | 'POST' | 'DELETE';

const errorOf = (body: unknown, status: number, what: string): IngestionApiError => {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const details = Array.isArray(error?.details)
    ? (error.details as unknown[]).filter((detail): detail is ApiErrorDetail => typeof (detail as ApiErrorDetail)?.field === 'string')
    : [];
  const code = typeof error?.code === 'string' ? error.code : 'httpError';
  return new IngestionApiError(code, status, describeApiError(what, status, error?.message, details), details);
};

/**
 * One JSON request with a bearer token. 2xx resolves with the parsed body (`undefined` for an empty
 * one, as 204); anything else rejects with {@link IngestionApiError} carrying the API's code, message
 * and field details; a refused connection with code `unreachable`.
 * @example
 * const job = await sendJson<JobJson>('GET', `${gatewayUrl}/ingestion/jobs/${id}`, { token });
 */
export const sendJson = <T>(method: ApiMethod, url: string, options: { token: string; body?: unknown }): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const what = `${method} ${new URL(url).pathname}`;
    const headers: Record<string, string | number> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    // No keep-alive agent: a one-shot CLI must not hold a socket open after its last request.
    const outgoing = (url.startsWith('https:') ? requestHttps : request)(url, { method, agent: false, headers });
    const unreachable = (error: Error) =>
      reject(
        new IngestionApiError('unreachable', undefined, `Cannot reach the API at ${new URL(url).origin}: ${(error as NodeJS.ErrnoException).code ?? error.message}. Is \`npm start\` running?`, [], {
          cause: error,
        }),
      );
    outgoing.on('error', unreachable);
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', unreachable);
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          reject(new IngestionApiError('badResponse', status, `${what} answered HTTP ${status} with a body that is not JSON`, [], { cause: error }));
          return;
        }
        if (status >= 200 && status < 300) resolve(parsed as T);
        else reject(errorOf(parsed, status, what));
      });
    });
    outgoing.end(payload);
  });
