import { declarationProblems, routesOf } from '@aircraftops/declarations';

import { platformApps } from './platform-apps';

describe('platformApps', () => {
  it('lists every app once, each with valid declarations', () => {
    expect(platformApps.map((app) => app.app)).toEqual(['aircraft', 'ingestion', 'audit', 'stream-bridge']);
    for (const app of platformApps) expect(declarationProblems(app)).toEqual([]);
  });

  it('gives every function a platform-wide unique name and every route a unique method and path', () => {
    const names = platformApps.flatMap((app) => app.functions.map((fn) => fn.name));
    const routes = platformApps.flatMap((app) => routesOf(app).map((route) => `${route.method} ${route.path}`));

    expect(new Set(names).size).toBe(names.length);
    expect(new Set(routes).size).toBe(routes.length);
  });
});
