import { z } from 'zod';

import { AppError, ConflictError } from '../errors';
import { createLogger } from '../logger';
import { buildHttpEvent } from '../testing/build-http-event';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { httpHandler, type HttpLambdaHandler } from './http-handler';

const logger = createLogger('lambda-kit-test', { level: 'SILENT' });
const operator = { sub: 'alice', 'cognito:groups': '[operator]' };

const registerAircraft = httpHandler(
  {
    role: 'operator',
    body: z.object({ nNumber: z.string().regex(/^N[0-9A-Z]{1,5}$/, 'Must be an N-number such as N12345'), seats: z.number().int().optional() }),
    logger,
    corsOrigins: ['*'],
  },
  async ({ body, actor }) => ({ statusCode: 201, body: { nNumber: body.nNumber, registeredBy: actor } }),
);

const listAircraft = httpHandler(
  {
    role: 'viewer',
    query: z.object({ limit: z.coerce.number().int().max(100) }),
    path: z.object({ make: z.string().min(2) }),
    logger,
    corsOrigins: ['*'],
  },
  async ({ query, path }) => ({ make: path.make, limit: query.limit }),
);

const call = async (handler: HttpLambdaHandler, event: ReturnType<typeof buildHttpEvent>) => {
  const response = await handler(event, buildLambdaContext());
  return { ...response, json: response.body === undefined ? undefined : JSON.parse(response.body) };
};

/** `claims: null` sends the request without a verified token. */
const post = (body: unknown, claims: Record<string, string | string[]> | null = operator, headers?: Record<string, string>) =>
  buildHttpEvent({ method: 'POST', path: '/aircraft', body, ...(claims ? { claims } : {}), ...(headers ? { headers } : {}) });

describe('httpHandler', () => {
  describe('authentication and roles', () => {
    it('passes the validated body and the actor from sub to the handler and answers its status', async () => {
      const response = await call(registerAircraft, post({ nNumber: 'N12345' }));

      expect(response.statusCode).toBe(201);
      expect(response.json).toEqual({ nNumber: 'N12345', registeredBy: { type: 'user', id: 'alice' } });
      expect(response.headers?.['content-type']).toMatch(/^application\/json/);
    });

    it('answers 401 when the request carries no verified claims', async () => {
      const response = await call(registerAircraft, post({ nNumber: 'N12345' }, null));

      expect(response.statusCode).toBe(401);
      expect(response.json.error.code).toBe('unauthorized');
    });

    it('answers 403 naming the required role when the token grants a weaker one', async () => {
      const response = await call(registerAircraft, post({ nNumber: 'N12345' }, { sub: 'bob', 'cognito:groups': '[viewer]' }));

      expect(response.statusCode).toBe(403);
      expect(response.json.error).toEqual({ code: 'forbidden', message: "Role 'operator' required; the token grants 'viewer'" });
    });

    it('lets a stronger role through (admin on an operator route)', async () => {
      const response = await call(registerAircraft, post({ nNumber: 'N1' }, { sub: 'root', 'cognito:groups': ['admin'] }));

      expect(response.statusCode).toBe(201);
    });

    it('checks the role before reading the body, so a viewer sending garbage gets 403 not 400', async () => {
      const response = await call(registerAircraft, post('{not json', { sub: 'bob', 'cognito:groups': '[viewer]' }, { 'content-type': 'application/json' }));

      expect(response.statusCode).toBe(403);
    });

    it('skips authentication on public routes', async () => {
      const health = httpHandler({ role: 'public', logger }, async ({ actor }) => ({ ok: true, actor: actor ?? null }));

      const response = await call(health, buildHttpEvent({ path: '/health' }));

      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual({ ok: true, actor: null });
    });
  });

  describe('request validation', () => {
    it('answers 400 naming the body field and the problem', async () => {
      const response = await call(registerAircraft, post({ nNumber: 'X1', seats: 2.5 }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.code).toBe('validation');
      expect(response.json.error.details).toEqual([
        { field: 'body.nNumber', message: 'Must be an N-number such as N12345' },
        { field: 'body.seats', message: expect.stringMatching(/int/i) },
      ]);
      expect(response.json.error.message).toContain('body.nNumber: Must be an N-number');
    });

    it('reports a missing body as the field body', async () => {
      const response = await call(registerAircraft, buildHttpEvent({ method: 'POST', path: '/aircraft', claims: operator }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'body', message: expect.any(String) }]);
    });

    it('answers 400 naming query and path fields, all in one response', async () => {
      const event = buildHttpEvent({ path: '/makes/x/aircraft', query: { limit: 'many' }, pathParameters: { make: 'x' }, claims: operator });

      const response = await call(listAircraft, event);

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details.map((detail: { field: string }) => detail.field)).toEqual(['query.limit', 'path.make']);
    });

    it('hands the schema outputs (coerced values) to the handler', async () => {
      const event = buildHttpEvent({ query: { limit: '25' }, pathParameters: { make: 'CESSNA' }, claims: operator });

      const response = await call(listAircraft, event);

      expect(response.json).toEqual({ make: 'CESSNA', limit: 25 });
    });
  });

  describe('JSON body parsing', () => {
    it('answers 400 "Request body is not valid JSON" with the parser position', async () => {
      const response = await call(registerAircraft, post('{"nNumber": }', operator, { 'content-type': 'application/json' }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.message).toBe('Request body is not valid JSON');
      expect(response.json.error.details).toEqual([{ field: 'body', message: "Unexpected token '}' at position 12 (line 1, column 13)" }]);
    });

    it('answers 415 when a body comes with a non-JSON content type', async () => {
      const response = await call(registerAircraft, post('nNumber=N1', operator, { 'content-type': 'application/x-www-form-urlencoded' }));

      expect(response.statusCode).toBe(415);
      expect(response.json.error.code).toBe('unsupported_media_type');
      expect(response.json.error.message).toContain('application/x-www-form-urlencoded');
    });

    it('accepts a JSON content type whatever its header casing and parameters', async () => {
      const event = post(JSON.stringify({ nNumber: 'N1' }), operator, { 'Content-Type': 'application/json; charset=utf-8' });

      const response = await call(registerAircraft, event);

      expect(response.statusCode).toBe(201);
    });

    it('rejects a prototype-polluting key', async () => {
      const response = await call(registerAircraft, post('{"nNumber":"N1","__proto__":{"admin":true}}', operator, { 'content-type': 'application/json' }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'body', message: 'Forbidden key "__proto__"' }]);
    });

    it('answers 413 for a body above the limit', async () => {
      const small = httpHandler({ role: 'operator', body: z.object({}), maxBodyBytes: 10, logger }, async () => undefined);

      const response = await call(small, post({ padding: 'x'.repeat(20) }));

      expect(response.statusCode).toBe(413);
      expect(response.json.error.code).toBe('payload_too_large');
    });
  });

  describe('errors', () => {
    it('maps an AppError thrown by the handler to its status, code and message', async () => {
      const conflicting = httpHandler({ role: 'operator', logger }, async () => {
        throw new ConflictError('Aircraft N1 already exists', { cause: new Error('ConditionalCheckFailedException') });
      });

      const response = await call(conflicting, buildHttpEvent({ claims: operator }));

      expect(response.statusCode).toBe(409);
      expect(response.json).toEqual({ error: { code: 'conflict', message: 'Aircraft N1 already exists' } });
    });

    it('adds the facts an error exposes to the one error shape, and keeps its kind as code', async () => {
      const stale = httpHandler({ role: 'operator', logger }, async () => {
        throw new ConflictError('Aircraft N1 is at version 4, not 3', { code: 'aircraft.versionConflict', expose: { currentVersion: 4 } });
      });

      const response = await call(stale, buildHttpEvent({ claims: operator }));

      expect(response.statusCode).toBe(409);
      expect(response.json).toEqual({ error: { code: 'conflict', message: 'Aircraft N1 is at version 4, not 3', currentVersion: 4 } });
    });

    it('answers an unknown error with an opaque 500 and logs it', async () => {
      const errorLog = jest.spyOn(logger, 'error');
      const broken = httpHandler({ role: 'operator', logger }, async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.1:8000 secret-table');
      });

      const response = await call(broken, buildHttpEvent({ claims: operator }));

      expect(response.statusCode).toBe(500);
      expect(response.json).toEqual({ error: { code: 'internal', message: 'Internal error' } });
      expect(response.body).not.toContain('secret-table');
      expect(errorLog).toHaveBeenCalledWith(
        'Request failed with an unexpected error',
        expect.objectContaining({ error: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }) }),
      );
      errorLog.mockRestore();
    });

    it('does not leak the message of a 5xx AppError', async () => {
      const misconfigured = httpHandler({ role: 'operator', logger }, async () => {
        throw new AppError('Table arn:aws:dynamodb:… unreachable', { code: 'store.unavailable', kind: 'internal' });
      });

      const response = await call(misconfigured, buildHttpEvent({ claims: operator }));

      expect(response.statusCode).toBe(500);
      expect(response.json.error.message).toBe('Internal error');
    });
  });

  describe('edge rules of every route', () => {
    const echo = httpHandler(
      { role: 'operator', body: z.object({ name: z.string(), notes: z.optional(z.string()) }), allowTab: ['body.notes'], logger, corsOrigins: ['*'] },
      async ({ body }) => body,
    );
    const list = httpHandler({ role: 'viewer', query: z.object({ model: z.optional(z.string()) }), logger, corsOrigins: ['*'] }, async ({ query }) => query);

    it.each([
      ['NUL', '\u0000', 'U+0000'],
      ['CR', '\r', 'U+000D'],
      ['LF', '\n', 'U+000A'],
      ['ESC', '\u001b', 'U+001B'],
      ['BEL', '\u0007', 'U+0007'],
      ['DEL', '\u007f', 'U+007F'],
      ['a C1 control', '\u0085', 'U+0085'],
    ])('refuses %s in a body string, naming the field', async (_name, char, code) => {
      const response = await call(echo, post({ name: `a${char}b` }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'body.name', message: `must not contain control characters (${code} at position 1)` }]);
    });

    it('accepts TAB only in the fields the route allows it in', async () => {
      const allowed = await call(echo, post({ name: 'a', notes: 'x\ty' }));
      const refused = await call(echo, post({ name: 'a\tb' }));

      expect(allowed.statusCode).toBe(200);
      expect(refused.json.error.details).toEqual([{ field: 'body.name', message: 'must not contain control characters (U+0009 at position 1)' }]);
    });

    it('refuses control characters in query values and path parameters', async () => {
      const query = await call(list, buildHttpEvent({ query: { model: 'x\r\nSet-Cookie: a' }, claims: operator }));
      const path = await call(list, buildHttpEvent({ pathParameters: { id: 'a\u0000' }, claims: operator }));

      expect(query.statusCode).toBe(400);
      expect(query.json.error.details).toEqual([{ field: 'query.model', message: 'must not contain control characters (U+000D at position 1)' }]);
      expect(path.json.error.details).toEqual([{ field: 'path.id', message: 'must not contain control characters (U+0000 at position 1)' }]);
    });

    it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a query key', async (key) => {
      const queryStringParameters = JSON.parse(`{"${key}":"1"}`) as Record<string, string>;
      const event = { ...buildHttpEvent({ claims: operator }), queryStringParameters };

      const response = await call(list, event);

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: `query.${key}`, message: `"${key}" is not an acceptable name` }]);
    });

    it.each([
      ['a dot segment', '..', 'must not be a dot segment ("." or "..")'],
      ['2,000 characters', 'N'.repeat(2000), 'must be at most 512 characters, got 2000'],
    ])('refuses %s as a path parameter', async (_case, value, message) => {
      const response = await call(list, buildHttpEvent({ pathParameters: { id: value }, claims: operator }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'path.id', message }]);
    });

    it('refuses a body on a route that takes none, instead of ignoring it', async () => {
      const response = await call(list, buildHttpEvent({ method: 'POST', body: { name: 'a\u0000b' }, claims: operator }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'body', message: 'this route takes no request body' }]);
    });

    it('answers a deeply nested but valid JSON body with a clear 400 about depth', async () => {
      const deep = `{"name":"a","notes":${'['.repeat(5000)}${']'.repeat(5000)}}`;

      const response = await call(echo, post(deep, operator, { 'content-type': 'application/json' }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.message).toBe('Request body is nested more than 32 levels deep');
      expect(response.body).not.toMatch(/RangeError|not valid JSON/);
    });

    it('says the position of a JSON error once', async () => {
      const response = await call(registerAircraft, post('{} x', operator, { 'content-type': 'application/json' }));

      expect(response.json.error.details[0].message.match(/at position/g)).toHaveLength(1);
    });
  });

  describe('correlation id and role', () => {
    const write = httpHandler({ role: 'operator', logger }, async ({ correlationId }) => ({ correlationId }));

    it('hands the caller’s x-correlation-id to the handler, else the Lambda request id', async () => {
      const given = await call(write, buildHttpEvent({ claims: operator, headers: { 'X-Correlation-Id': 'req-42' } }));
      const context = buildLambdaContext();
      const fallback = await write(buildHttpEvent({ claims: operator }), context);

      expect(given.json).toEqual({ correlationId: 'req-42' });
      expect(JSON.parse(fallback.body as string)).toEqual({ correlationId: context.awsRequestId });
    });

    it('answers 400 for a malformed x-correlation-id instead of replacing it', async () => {
      const response = await call(write, buildHttpEvent({ claims: operator, headers: { 'x-correlation-id': 'a b' } }));

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'headers.x-correlation-id', message: expect.stringMatching(/^must be 1-128 characters/) }]);
    });

    it('exposes the role it enforces', () => {
      expect([write.role, registerAircraft.role, httpHandler({ role: 'public', logger }, async () => undefined).role]).toEqual(['operator', 'operator', 'public']);
    });
  });

  describe('responses and CORS', () => {
    it('adds CORS headers to successful and error responses', async () => {
      const ok = await call(registerAircraft, post({ nNumber: 'N1' }, operator, { origin: 'https://ops.example.com' }));
      const denied = await call(registerAircraft, post({ nNumber: 'N1' }, null, { origin: 'https://ops.example.com' }));

      expect(ok.headers?.['Access-Control-Allow-Origin']).toBe('*');
      expect(denied.headers?.['Access-Control-Allow-Origin']).toBe('*');
    });

    it('reflects only origins listed in AIRCRAFTOPS_CORS_ORIGINS', async () => {
      process.env['AIRCRAFTOPS_CORS_ORIGINS'] = 'https://ops.example.com';
      const handler = httpHandler({ role: 'public', logger }, async () => ({ ok: true }));
      delete process.env['AIRCRAFTOPS_CORS_ORIGINS'];

      const allowed = await call(handler, buildHttpEvent({ headers: { origin: 'https://ops.example.com' } }));
      const other = await call(handler, buildHttpEvent({ headers: { origin: 'https://evil.example.net' } }));

      expect(allowed.headers?.['Access-Control-Allow-Origin']).toBe('https://ops.example.com');
      expect(other.headers?.['Access-Control-Allow-Origin']).toBeUndefined();
    });

    it('sends no CORS header at all when no origin is configured (unset variable: fails closed)', async () => {
      const handler = httpHandler({ role: 'public', logger }, async () => ({ ok: true }));
      const failing = httpHandler({ role: 'public', logger }, async () => Promise.reject(new Error('boom')));

      const ok = await call(handler, buildHttpEvent({ headers: { origin: 'https://evil.example.net' } }));
      const error = await call(failing, buildHttpEvent({ headers: { origin: 'https://evil.example.net' } }));

      for (const response of [ok, error]) {
        expect(Object.keys(response.headers ?? {}).filter((name) => /^access-control-|^vary$/i.test(name))).toEqual([]);
      }
      expect([ok.statusCode, error.statusCode]).toEqual([200, 500]);
    });

    it('answers 204 with no body when the handler returns nothing', async () => {
      const remove = httpHandler({ role: 'operator', logger }, async () => undefined);

      const response = await call(remove, buildHttpEvent({ method: 'DELETE', claims: operator }));

      expect(response.statusCode).toBe(204);
      expect(response.body).toBeUndefined();
    });

    it('keeps the status and headers of an explicit result', async () => {
      const created = httpHandler({ role: 'operator', logger }, async () => ({ statusCode: 202, body: { jobId: 'j1' }, headers: { location: '/jobs/j1' } }));

      const response = await call(created, buildHttpEvent({ claims: operator }));

      expect(response.statusCode).toBe(202);
      expect(response.headers?.['location']).toBe('/jobs/j1');
      expect(response.json).toEqual({ jobId: 'j1' });
    });
  });
});
