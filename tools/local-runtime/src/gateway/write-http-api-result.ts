import type { ServerResponse } from 'node:http';

interface StructuredResult {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

const isStructured = (result: unknown): result is StructuredResult =>
  typeof result === 'object' && result !== null && 'statusCode' in result;

/**
 * Writes a handler's result the way API Gateway interprets payload format 2.0: a structured
 * `{statusCode, headers, body}` as is; anything else as a 200 JSON body.
 */
export const writeHttpApiResult = (response: ServerResponse, result: unknown): void => {
  if (!isStructured(result)) {
    const body = result === undefined ? '' : JSON.stringify(result);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
  response.writeHead(result.statusCode ?? 200, headers).end(body);
};
