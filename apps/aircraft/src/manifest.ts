import path from 'node:path';

import { type AccessDeclaration, type AppManifest, defineApp, type FunctionDeclaration, type HttpMethod, httpFunction } from '@aircraftops/declarations';
import type { RouteRole } from '@aircraftops/lambda-kit';

const route = (useCase: string, method: HttpMethod, routePath: string, role: RouteRole, description: string, access: AccessDeclaration): FunctionDeclaration =>
  httpFunction({ app: 'aircraft', handlersDir: path.join(__dirname, 'handlers'), useCase, method, path: routePath, role, description, access });

const core = (actions: NonNullable<AccessDeclaration['tables']>[number]['actions'], indexes?: string[]): AccessDeclaration => ({
  tables: [{ table: 'CoreTable', actions, ...(indexes ? { indexes } : {}) }],
});

// Writes go through libs/tables' versioned writes: a consistent GetItem of the current item, then one
// conditional PutItem of the whole new item (a soft delete too). No function needs UpdateItem or DeleteItem.

/**
 * Every function of the aircraft app, declared once: trigger, access, timeout, memory. The local
 * runtime builds and enforces them; the CDK generates the aircraft stack from them.
 */
export const manifest: AppManifest = defineApp({
  app: 'aircraft',
  functions: [
    route('list-aircraft', 'GET', '/aircraft', 'viewer', 'Aircraft by model, registrant name prefix or expiry month (exactly one), paginated', core([], ['GSI1', 'GSI2', 'GSI3'])),
    route('get-aircraft-by-mode-s', 'GET', '/aircraft/by-mode-s/{hex}', 'viewer', 'The aircraft with a Mode S (ICAO 24-bit) address', core(['GetItem'])),
    route('get-aircraft', 'GET', '/aircraft/{nNumber}', 'viewer', 'An aircraft with its images and deregistration history', core(['Query'])),
    route('update-aircraft', 'PATCH', '/aircraft/{nNumber}', 'operator', 'Edit status, registrant or other names (optimistic locking)', core(['GetItem', 'PutItem'])),
    {
      ...route('delete-aircraft', 'DELETE', '/aircraft/{nNumber}', 'admin', 'Soft delete an aircraft', core(['GetItem', 'PutItem'])),
      // Seconds a soft-deleted aircraft stays readable by key before TTL purges it (30 days).
      environment: { AIRCRAFTOPS_SOFT_DELETE_RETENTION: String(30 * 24 * 60 * 60) },
    },
    route('add-aircraft-image', 'POST', '/aircraft/{nNumber}/images', 'operator', 'Attach image metadata to an aircraft', core(['GetItem', 'PutItem'])),
    route('remove-aircraft-image', 'DELETE', '/aircraft/{nNumber}/images/{imageId}', 'operator', 'Remove an image of an aircraft', core(['GetItem', 'PutItem'])),
    route('list-aircraft-models', 'GET', '/reference/models', 'viewer', "A manufacturer's aircraft models, paginated", core([], ['GSI1'])),
    route('get-aircraft-model', 'GET', '/reference/models/{code}', 'viewer', 'An aircraft make/model/series by code', core(['GetItem'])),
    route('get-engine-model', 'GET', '/reference/engines/{code}', 'viewer', 'An engine make/model by code', core(['GetItem'])),
  ],
});
