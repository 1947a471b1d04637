import type { FunctionDeclaration, RouteDeclaration } from '@aircraftops/declarations';

import { MalformedPathError } from './malformed-path-error';
import { rawTargetOf } from './raw-target';
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

  it('matches the raw path: a dot segment is a parameter value, never a step to another route', () => {
    const images = new RouteMatcher([route('DELETE', '/aircraft/{nNumber}'), route('DELETE', '/aircraft/{nNumber}/images/{imageId}')]);

    expect(images.match('DELETE', '/aircraft/N1/images/..')).toEqual({
      route: expect.objectContaining({ path: '/aircraft/{nNumber}/images/{imageId}' }),
      pathParameters: { nNumber: 'N1', imageId: '..' },
    });
    expect(matcher.match('GET', '/ingestion/jobs/../schedules')).toBeUndefined();
  });

  it.each(['%ZZ', '%E0%A4%A', '%ED%A0%80', '%'])('refuses the broken percent-encoding %s in a parameter, naming the segment', (segment) => {
    const act = () => matcher.match('GET', `/aircraft/${segment}`);

    expect(act).toThrow(MalformedPathError);
    expect(act).toThrow(`path segment "${segment}" is not valid percent-encoded UTF-8`);
  });

  it('treats a parameter as one segment only', () => {
    expect(matcher.match('GET', '/ingestion/jobs/j1/errors')?.pathParameters).toEqual({ id: 'j1' });
  });
});

describe('rawTargetOf', () => {
  it('splits path and query without resolving dot segments or decoding', () => {
    expect(rawTargetOf('/ingestion/jobs/../schedules?limit=%00')).toEqual({ rawPath: '/ingestion/jobs/../schedules', rawQueryString: 'limit=%00' });
    expect(rawTargetOf('/aircraft/%ZZ')).toEqual({ rawPath: '/aircraft/%ZZ', rawQueryString: '' });
  });

  it('keeps only the path of an absolute-form target', () => {
    expect(rawTargetOf('http://localhost:3000/aircraft/N1?x=1')).toEqual({ rawPath: '/aircraft/N1', rawQueryString: 'x=1' });
  });
});
