import type { FunctionDeclaration, RouteDeclaration } from '@aircraftops/declarations';

import { RouteMatcher } from './route-matcher';

const route = (method: RouteDeclaration['method'], path: string): RouteDeclaration => ({
  name: `test-${method.toLowerCase()}`,
  function: {} as FunctionDeclaration,
  method,
  path,
  role: 'viewer',
  handler: { module: '/nowhere.ts', export: 'handler' },
  description: `${method} ${path}`,
});

describe('RouteMatcher', () => {
  const matcher = new RouteMatcher([
    route('GET', '/aircraft/{nNumber}'),
    route('GET', '/aircraft/by-mode-s/{hex}'),
    route('GET', '/ingestion/jobs/{id}/errors'),
    route('POST', '/ingestion/jobs'),
    route('GET', '/files/{proxy+}'),
  ]);

  it('extracts path parameters and decodes them', () => {
    expect(matcher.match('GET', '/aircraft/N12%2034')).toEqual({
      route: expect.objectContaining({ path: '/aircraft/{nNumber}' }),
      pathParameters: { nNumber: 'N12 34' },
    });
  });

  it('prefers the most specific route, as API Gateway does', () => {
    expect(matcher.match('GET', '/aircraft/by-mode-s/A66568')?.route.path).toBe('/aircraft/by-mode-s/{hex}');
  });

  it('matches a greedy parameter across segments', () => {
    expect(matcher.match('GET', '/files/a/b/c.txt')?.pathParameters).toEqual({ proxy: 'a/b/c.txt' });
  });

  it('does not match another method or a longer path', () => {
    expect(matcher.match('DELETE', '/aircraft/N1')).toBeUndefined();
    expect(matcher.match('GET', '/aircraft/N1/extra')).toBeUndefined();
    expect(matcher.match('GET', '/ingestion/jobs')).toBeUndefined();
  });

  it('treats a parameter as one segment only', () => {
    expect(matcher.match('GET', '/ingestion/jobs/j1/errors')?.pathParameters).toEqual({ id: 'j1' });
  });
});
