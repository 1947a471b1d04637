import { existsSync } from 'node:fs';

import { validateEventPattern } from '@aircraftops/events';
import { appManifests } from '@aircraftops/local-runtime';

const routes = appManifests.flatMap((manifest) => manifest.routes.map((route) => ({ app: manifest.app, route })));
const subscriptions = appManifests.flatMap((manifest) => manifest.subscriptions);
const streamConsumers = appManifests.flatMap((manifest) => manifest.streamConsumers);
const handlerRefs = [
  ...routes.map(({ route }) => route.handler),
  ...subscriptions.map((subscription) => subscription.handler),
  ...streamConsumers.map((consumer) => consumer.handler),
];

describe('the apps’ declarations (what the local runtime and the CDK wire)', () => {
  it('every app declares something', () => {
    expect(appManifests.map((manifest) => manifest.app).sort()).toEqual(['aircraft', 'audit', 'ingestion', 'stream-bridge']);
    for (const manifest of appManifests) {
      expect(manifest.routes.length + manifest.subscriptions.length + manifest.streamConsumers.length).toBeGreaterThan(0);
    }
  });

  it.each(handlerRefs.map((ref) => [ref.module, ref.export]))('%s exports %s', (module, exportName) => {
    expect(existsSync(module)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolving the declared handler is the point
    expect(typeof (require(module) as Record<string, unknown>)[exportName]).toBe('function');
  });

  it('no two routes claim the same method and path', () => {
    const keys = routes.map(({ route }) => `${route.method} ${route.path}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('every route is authenticated: no route is public (GET /health is the gateway’s own)', () => {
    expect(routes.filter(({ route }) => route.role === 'public')).toEqual([]);
  });

  it('subscription and consumer names are unique and patterns are valid EventBridge patterns', () => {
    const names = [...subscriptions.map((s) => s.name), ...streamConsumers.map((c) => c.name)];
    expect(names.length).toBe(new Set(names).size);
    for (const subscription of subscriptions) expect(() => validateEventPattern(subscription.eventPattern)).not.toThrow();
    for (const consumer of streamConsumers) {
      for (const pattern of consumer.filterPatterns ?? []) expect(() => validateEventPattern(pattern)).not.toThrow();
    }
  });
});
