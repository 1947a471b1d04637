import { createLogger } from '../logger';
import { buildHttpEvent } from '../testing/build-http-event';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { httpHandler } from './http-handler';

const logger = createLogger('lambda-kit-test', { level: 'SILENT' });

const headersFor = async (corsOrigins: readonly string[], origin?: string, fail = false) => {
  const handler = httpHandler({ role: 'public', logger, corsOrigins }, async () => (fail ? Promise.reject(new Error('boom')) : { ok: true }));
  const response = await handler(buildHttpEvent(origin === undefined ? {} : { headers: { origin } }), buildLambdaContext());
  return { allow: response.headers?.['Access-Control-Allow-Origin'], vary: response.headers?.['Vary'], status: response.statusCode };
};

describe('CORS headers of the HTTP stack', () => {
  it('reflects an allowed origin (case-insensitively) with Vary: Origin, and allows nothing else', async () => {
    expect(await headersFor(['https://ops.example.com', 'http://localhost:5173'], 'https://OPS.example.com')).toEqual({
      allow: 'https://ops.example.com',
      vary: 'Origin',
      status: 200,
    });
    expect(await headersFor(['https://ops.example.com'], 'https://evil.example.net')).toEqual({ allow: undefined, vary: 'Origin', status: 200 });
    expect(await headersFor(['https://ops.example.com'])).toEqual({ allow: undefined, vary: 'Origin', status: 200 });
  });

  it('matches one label at a * subdomain wildcard', async () => {
    expect((await headersFor(['https://*.example.com'], 'https://ops.example.com')).allow).toBe('https://ops.example.com');
    expect((await headersFor(['https://*.example.com'], 'https://a.b.example.com')).allow).toBeUndefined();
    expect((await headersFor(['https://*.example.com'], 'https://example.com.evil.net')).allow).toBeUndefined();
  });

  it('answers * without Vary when any origin is allowed', async () => {
    expect(await headersFor(['*'], 'https://anyone.example')).toEqual({ allow: '*', vary: undefined, status: 200 });
  });

  it('decorates error responses too', async () => {
    expect(await headersFor(['https://ops.example.com'], 'https://ops.example.com', true)).toEqual({
      allow: 'https://ops.example.com',
      vary: 'Origin',
      status: 500,
    });
  });
});
