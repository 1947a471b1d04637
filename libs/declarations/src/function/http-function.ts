import path from 'node:path';

import type { RouteRole } from '@aircraftops/lambda-kit';

import type { AccessDeclaration } from '../access/access-declaration';
import type { HttpMethod } from '../triggers/http-route';
import type { FunctionDeclaration } from './function-declaration';

/** One HTTP function of an app whose handlers live in `<handlersDir>/<useCase>/handler.ts` (export `handler`). */
export interface HttpFunctionOptions {
  readonly app: string;
  readonly handlersDir: string;
  readonly useCase: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly role: RouteRole;
  readonly description: string;
  readonly access: AccessDeclaration;
  /** Default 10 s: an API answer, far below API Gateway's 30 s. */
  readonly timeoutSeconds?: number;
  /** Default 512 MB. */
  readonly memoryMb?: number;
}

/**
 * The declaration of an HTTP function following the apps' layout: named `<app>-<useCase>`, handler
 * `handlers/<useCase>/handler.ts#handler`, with the defaults every API function shares.
 * @example
 * httpFunction({ app: 'aircraft', handlersDir: path.join(__dirname, 'handlers'), useCase: 'get-aircraft',
 *   method: 'GET', path: '/aircraft/{nNumber}', role: 'viewer', description: 'An aircraft', access });
 */
export const httpFunction = (options: HttpFunctionOptions): FunctionDeclaration => ({
  name: `${options.app}-${options.useCase}`,
  description: options.description,
  handler: { module: path.join(options.handlersDir, options.useCase, 'handler.ts'), export: 'handler' },
  trigger: { kind: 'http', method: options.method, path: options.path, role: options.role },
  access: options.access,
  timeoutSeconds: options.timeoutSeconds ?? 10,
  memoryMb: options.memoryMb ?? 512,
});
