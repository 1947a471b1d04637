import { type RouteDeclaration, routesOf } from '@aircraftops/declarations';
import { platformApps } from '@aircraftops/platform';

const routes = platformApps.flatMap(routesOf);

/** The role the handler enforces: `httpHandler` exposes the role it was built with. */
const enforcedRoleOf = (route: RouteDeclaration): unknown => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the declared handler is the point
  const handler = (require(route.handler.module) as Record<string, unknown>)[route.handler.export];
  return typeof handler === 'function' ? (handler as { role?: unknown }).role : undefined;
};

describe('route roles (declared once in the manifest, enforced in the handler)', () => {
  it('every app declares routes', () => {
    expect(routes.length).toBeGreaterThan(0);
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route]))(
    '%s: the handler enforces exactly the declared role',
    (_route, route) => {
      expect({ route: `${route.method} ${route.path}`, role: enforcedRoleOf(route) }).toEqual({
        route: `${route.method} ${route.path}`,
        role: route.role,
      });
    },
  );
});
