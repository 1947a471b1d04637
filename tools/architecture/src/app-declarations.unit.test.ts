import { existsSync } from 'node:fs';

import { declarationProblems, routesOf, schedulesOf, streamConsumersOf, subscriptionsOf } from '@aircraftops/declarations';
import { validateEventPattern } from '@aircraftops/events';
import { platformApps } from '@aircraftops/platform';

const functions = platformApps.flatMap((app) => app.functions.map((fn) => ({ app: app.app, fn })));
const routes = platformApps.flatMap(routesOf);

describe('the apps’ declarations (what the local runtime builds and the CDK synthesises)', () => {
  it('every app of the platform declares functions', () => {
    expect(platformApps.map((app) => app.app).sort()).toEqual(['aircraft', 'audit', 'ingestion', 'stream-bridge']);
    for (const app of platformApps) expect(app.functions.length).toBeGreaterThan(0);
  });

  it.each(platformApps.map((app) => [app.app, app]))('%s has no declaration problem', (_name, app) => {
    expect(declarationProblems(app)).toEqual([]);
  });

  it.each(functions.map(({ fn }) => [fn.name, fn.handler.module, fn.handler.export]))('%s: %s exports the function %s', (_name, module, exportName) => {
    expect(existsSync(module)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolving the declared handler is the point
    expect(typeof (require(module) as Record<string, unknown>)[exportName]).toBe('function');
  });

  it('function names are unique across the platform (they name the Lambda, its role, its queue and its logs)', () => {
    const names = functions.map(({ fn }) => fn.name);
    expect(names.length).toBe(new Set(names).size);
  });

  it('no two routes claim the same method and path', () => {
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('every route is authenticated: no route is public (GET /health is the gateway’s own)', () => {
    expect(routes.filter((route) => route.role === 'public')).toEqual([]);
  });

  it('subscription patterns and stream filter criteria are valid EventBridge patterns', () => {
    for (const subscription of platformApps.flatMap(subscriptionsOf)) expect(() => validateEventPattern(subscription.eventPattern)).not.toThrow();
    for (const consumer of platformApps.flatMap(streamConsumersOf)) {
      for (const pattern of consumer.filterPatterns ?? []) expect(() => validateEventPattern(pattern)).not.toThrow();
    }
  });

  it('the due-schedules handler is a declared scheduled function, run locally at a declared interval', () => {
    expect(platformApps.flatMap(schedulesOf).map((schedule) => [schedule.name, schedule.expression, schedule.localIntervalSeconds])).toEqual([
      ['ingestion-run-due-schedules', 'rate(1 minute)', 5],
    ]);
  });
});
