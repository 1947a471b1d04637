import path from 'node:path';

import type { AppManifest, HandlerRef, RouteDeclaration } from '@aircraftops/events';

const handler = (useCase: string): HandlerRef => ({
  module: path.join(__dirname, 'handlers', useCase, 'handler.ts'),
  export: 'handler',
});

const route = (
  method: RouteDeclaration['method'],
  routePath: string,
  role: RouteDeclaration['role'],
  useCase: string,
  description: string,
): RouteDeclaration => ({ method, path: routePath, role, handler: handler(useCase), description });

/**
 * What the aircraft app exposes: its HTTP routes (read API, image metadata, operator edits, soft
 * delete). No subscriptions or stream consumers yet. The local runtime and the CDK both read it.
 * @example
 * for (const r of manifest.routes) gateway.add(r.method, r.path, r.role, require(r.handler.module)[r.handler.export]);
 */
export const manifest: AppManifest = {
  app: 'aircraft',
  routes: [
    route('GET', '/aircraft', 'viewer', 'list-aircraft', 'Aircraft by model, registrant name prefix or expiry month (exactly one), paginated'),
    route('GET', '/aircraft/by-mode-s/{hex}', 'viewer', 'get-aircraft-by-mode-s', 'The aircraft with a Mode S (ICAO 24-bit) address'),
    route('GET', '/aircraft/{nNumber}', 'viewer', 'get-aircraft', 'An aircraft with its images and deregistration history'),
    route('PATCH', '/aircraft/{nNumber}', 'operator', 'update-aircraft', 'Edit status, registrant or other names (optimistic locking)'),
    route('DELETE', '/aircraft/{nNumber}', 'admin', 'delete-aircraft', 'Soft delete an aircraft'),
    route('POST', '/aircraft/{nNumber}/images', 'operator', 'add-aircraft-image', 'Attach image metadata to an aircraft'),
    route('DELETE', '/aircraft/{nNumber}/images/{imageId}', 'operator', 'remove-aircraft-image', 'Remove an image of an aircraft'),
    route('GET', '/reference/models', 'viewer', 'list-aircraft-models', "A manufacturer's aircraft models, paginated"),
    route('GET', '/reference/models/{code}', 'viewer', 'get-aircraft-model', 'An aircraft make/model/series by code'),
    route('GET', '/reference/engines/{code}', 'viewer', 'get-engine-model', 'An engine make/model by code'),
  ],
  subscriptions: [],
  streamConsumers: [],
};
