import { request } from 'node:http';

/** What the gateway answered: status and parsed JSON body (or the raw text when it is not JSON). */
export interface RawAnswer {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
}

/**
 * Sends a request with its path exactly as given. `fetch` cannot: the WHATWG URL it builds resolves
 * `..` segments before anything is sent, which is precisely what these tests must not let happen.
 */
export const sendRaw = (
  baseUrl: string,
  method: string,
  rawPath: string,
  options: { readonly token?: string; readonly body?: string } = {},
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const headers: Record<string, string> = {};
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const outgoing = request({ host: hostname, port, method, path: rawPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, text, json });
      });
    });
    outgoing.on('error', reject);
    if (options.body !== undefined) outgoing.write(options.body);
    outgoing.end();
  });
