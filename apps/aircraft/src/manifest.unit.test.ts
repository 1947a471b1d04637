import { routesOf } from '@aircraftops/declarations';
import { existsSync } from 'node:fs';

import { manifest } from './manifest';

describe('aircraft manifest', () => {
  it('points every route at an existing handler module', () => {
    const missing = routesOf(manifest).filter((route) => !existsSync(route.handler.module)).map((route) => route.handler.module);

    expect(missing).toEqual([]);
  });

  it('declares each method and path once', () => {
    const keys = routesOf(manifest).map((route) => `${route.method} ${route.path}`);

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('requires operator for edits and admin for deleting an aircraft', () => {
    const roleOf = (method: string, path: string) => routesOf(manifest).find((route) => route.method === method && route.path === path)?.role;

    expect(roleOf('PATCH', '/aircraft/{nNumber}')).toBe('operator');
    expect(roleOf('POST', '/aircraft/{nNumber}/images')).toBe('operator');
    expect(roleOf('DELETE', '/aircraft/{nNumber}/images/{imageId}')).toBe('operator');
    expect(roleOf('DELETE', '/aircraft/{nNumber}')).toBe('admin');
    expect(routesOf(manifest).filter((route) => route.method === 'GET').every((route) => route.role === 'viewer')).toBe(true);
  });
});
