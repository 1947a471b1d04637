import { request } from 'node:http';

import { ControlApiError } from './control-api-error';

/**
 * One JSON request to the local platform. A non-2xx answer throws {@link ControlApiError} with the
 * server's code and message; a refused connection throws one with code `unreachable`.
 *
 * @example
 * ```ts
 * const { rules } = await requestJson<{ rules: RuleSummary[] }>('GET', `${endpoint}/_local/rules`);
 * ```
 */
export const requestJson = <T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // No keep-alive agent: a one-shot CLI must not hold a socket open after its last request.
    const outgoing = request(url, {
      method,
      agent: false,
      headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    });
    outgoing.on('error', (error) => reject(unreachable(url, error)));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => reject(unreachable(url, error)));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          reject(new ControlApiError('badResponse', status, `${method} ${url} answered HTTP ${status} with a body that is not JSON.`, { cause: error }));
          return;
        }
        if (status >= 200 && status < 300) resolve(parsed as T);
        else reject(fromErrorBody(parsed, status, method, url));
      });
    });
    outgoing.end(payload);
  });

const fromErrorBody = (body: unknown, status: number, method: string, url: string): ControlApiError => {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'httpError';
  const message = typeof error?.message === 'string' ? error.message : `${method} ${url} answered HTTP ${status}.`;
  return new ControlApiError(code, status, message);
};

const unreachable = (url: string, error: Error): ControlApiError =>
  new ControlApiError(
    'unreachable',
    undefined,
    `Cannot reach the local EventBridge at ${new URL(url).origin}: ${(error as NodeJS.ErrnoException).code ?? error.message}. Is \`npm start\` running?`,
    { cause: error },
  );
