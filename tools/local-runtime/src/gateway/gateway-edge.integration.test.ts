import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type RouteDeclaration, routesOf } from '@aircraftops/declarations';
import { platformApps } from '@aircraftops/platform';

import { type Platform, startPlatform } from '../platform/start-platform';
import { type RawAnswer, sendRaw } from './send-raw.fixtures.test';

const routes = platformApps.flatMap(routesOf);

/** A harmless value for the parameters not under test (the probe's own problem must still be named). */
const PLACEHOLDER = 'x1';

/** Malformed path values, each with what the answer must say about it. */
const PATH_PROBES: readonly (readonly [name: string, raw: string, says: RegExp])[] = [
  ['broken percent-encoding %ZZ', '%ZZ', /not valid percent-encoded UTF-8/],
  ['a truncated UTF-8 sequence %E0%A4%A', '%E0%A4%A', /not valid percent-encoded UTF-8/],
  ['an encoded surrogate %ED%A0%80', '%ED%A0%80', /not valid percent-encoded UTF-8/],
  ['a dot-dot segment', '..', /dot segment/],
  ['a dot segment', '.', /dot segment/],
  ['an encoded dot-dot %2E%2E', '%2E%2E', /dot segment/],
  ['an encoded NUL', 'a%00b', /control characters \(U\+0000/],
  ['an encoded CRLF', 'a%0D%0Ab', /control characters \(U\+000D/],
  ['2,000 characters', 'N'.repeat(2000), /at most 512 characters/],
];

/** The route's path with `{name}` replaced by `value`, every other parameter by the placeholder. */
const pathWith = (route: RouteDeclaration, name: string, value: string): string =>
  route.path.replace(/\{(\w+)\+?\}/g, (_match, parameter: string) => (parameter === name ? value : PLACEHOLDER));

const parametersOf = (route: RouteDeclaration): string[] => [...route.path.matchAll(/\{(\w+)\+?\}/g)].map((match) => match[1] as string);

/** Every case: a route, the raw path sent and what the 4xx answer must name. */
const pathCases = routes.flatMap((route) =>
  parametersOf(route).flatMap((name) =>
    PATH_PROBES.map(([probe, raw, says]) => [`${route.method} ${route.path} with ${name} = ${probe}`, route, pathWith(route, name, raw), says] as const),
  ),
);

/** A route without parameters, with a malformed segment appended: no route has that path. */
const appendedCases = routes
  .filter((route) => parametersOf(route).length === 0)
  .flatMap((route) => PATH_PROBES.map(([probe, raw, says]) => [`${route.method} ${route.path} with /${probe} appended`, route, `${route.path}/${raw}`, says] as const));

const bodyRoutes = routes.filter((route) => route.method === 'POST' || route.method === 'PATCH');
const CONTROL_CHARACTERS = [
  ['NUL', '\u0000'],
  ['CR', '\r'],
  ['LF', '\n'],
  ['ESC', '\u001b'],
  ['BEL', '\u0007'],
  ['DEL', '\u007f'],
] as const;

/** The text a client reads: the gateway's own `message`, or the function's error with its details. */
const said = (answer: RawAnswer): string => answer.text;

describe('the gateway and every route refuse malformed input with a 4xx naming the problem (issue 7, edge hardening)', () => {
  let home: string;
  let platform: Platform;
  let token: string;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'gateway-edge-'));
    platform = await startPlatform({ port: 0, home, publishState: false, functionLogLevel: 'SILENT' });
    token = await platform.issuer.issue({ sub: 'edge-tester', role: 'admin' });
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it.each(pathCases)('%s', async (_case, route, rawPath, says) => {
    const answer = await sendRaw(platform.gateway.url, route.method, rawPath, {
      token,
      ...(route.method === 'POST' || route.method === 'PATCH' ? { body: '{}' } : {}),
    });

    expect({ status: answer.status, says: said(answer) }).toEqual({ status: expect.any(Number), says: expect.stringMatching(says) });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it.each(appendedCases)('%s: 404 when no route has that path, else 400 naming the problem', async (_case, route, rawPath, says) => {
    const answer = await sendRaw(platform.gateway.url, route.method, rawPath, {
      token,
      ...(route.method === 'POST' || route.method === 'PATCH' ? { body: '{}' } : {}),
    });

    // `GET /aircraft/%ZZ` is the path of `GET /aircraft/{nNumber}`: that route refuses the value.
    expect(answer.status === 404 ? answer.json : { status: answer.status, says: said(answer) }).toEqual(
      answer.status === 404 ? { message: 'Not Found' } : { status: 400, says: expect.stringMatching(says) },
    );
  });

  it('answers broken percent-encoding with 400 before authentication', async () => {
    const answer = await sendRaw(platform.gateway.url, 'GET', '/aircraft/%ZZ');

    expect(answer).toMatchObject({ status: 400, json: { message: 'Bad Request: path segment "%ZZ" is not valid percent-encoded UTF-8' } });
  });

  it('never lets a dot segment reach another route: DELETE /aircraft/{n}/images/.. is the image route, refused', async () => {
    const answer = await sendRaw(platform.gateway.url, 'DELETE', '/aircraft/N1/images/..', { token });

    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'validation', details: [{ field: 'path.imageId', message: 'must not be a dot segment ("." or "..")' }] } });
  });

  it('never lets GET /ingestion/jobs/../schedules list schedules', async () => {
    const answer = await sendRaw(platform.gateway.url, 'GET', '/ingestion/jobs/../schedules', { token });

    expect(answer).toMatchObject({ status: 404, json: { message: 'Not Found' } });
  });

  it.each(bodyRoutes.flatMap((route) => CONTROL_CHARACTERS.map(([name, char]) => [`${route.method} ${route.path}: ${name} in a body string`, route, char] as const)))(
    '%s is a 400 naming the field',
    async (_case, route, char) => {
      const body = JSON.stringify({ name: `a${char}b` });

      const answer = await sendRaw(platform.gateway.url, route.method, pathWith(route, '', PLACEHOLDER), { token, body });

      // A route with a body names the field; a route without one refuses any body.
      const named = (answer.json as { error?: { details?: { field: string; message: string }[] } }).error?.details ?? [];
      expect(answer.status).toBe(400);
      expect(named).toEqual(
        expect.arrayContaining([
          expect.objectContaining(
            named.some((detail) => detail.field === 'body.name')
              ? { field: 'body.name', message: expect.stringMatching(/^must not contain control characters/) }
              : { field: 'body', message: 'this route takes no request body' },
          ),
        ]),
      );
    },
  );

  it.each(
    routes.flatMap((route) => [
      [`${route.method} ${route.path}: NUL in a query value`, route, 'q=a%00b', 'query.q', /control characters \(U\+0000/],
      [`${route.method} ${route.path}: CRLF in a query value`, route, 'q=a%0D%0Ab', 'query.q', /control characters \(U\+000D/],
      [`${route.method} ${route.path}: __proto__ as a query key`, route, '__proto__=1', 'query.__proto__', /not an acceptable name/],
      [`${route.method} ${route.path}: constructor as a query key`, route, 'constructor=1', 'query.constructor', /not an acceptable name/],
    ] as const),
  )('%s is a 400 naming it', async (_case, route, query, field, says) => {
    const answer = await sendRaw(platform.gateway.url, route.method, `${pathWith(route, '', PLACEHOLDER)}?${query}`, {
      token,
      ...(route.method === 'POST' || route.method === 'PATCH' ? { body: '{}' } : {}),
    });

    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'validation', details: expect.arrayContaining([{ field, message: expect.stringMatching(says) }]) } });
  });
});
