import type { AccessDeclaration } from '../access/access-declaration';
import type { Trigger } from '../triggers/trigger';
import type { HandlerRef } from './handler-ref';

/**
 * Everything one function needs, said once: the local runtime builds and enforces it, the CDK generates
 * the cloud function, its trigger and its least-privilege role from it, and a test proves both agree.
 * @example
 * const fn: FunctionDeclaration = {
 *   name: 'aircraft-get-aircraft', description: 'An aircraft by N-number',
 *   handler: { module: path.join(__dirname, 'handlers/get-aircraft/handler.ts'), export: 'handler' },
 *   timeoutSeconds: 10, memoryMb: 512,
 *   trigger: { kind: 'http', method: 'GET', path: '/aircraft/{nNumber}', role: 'viewer' },
 *   access: { tables: [{ table: 'CoreTable', actions: ['GetItem', 'Query'] }] },
 * };
 */
export interface FunctionDeclaration {
  /** Unique across the platform, lower-case words joined by `-`, starting with the app's name. */
  readonly name: string;
  readonly description: string;
  readonly handler: HandlerRef;
  readonly trigger: Trigger;
  readonly access: AccessDeclaration;
  /** 1–900 s (HTTP routes ≤ 29 s: API Gateway answers 503 after 30 s). */
  readonly timeoutSeconds: number;
  /** 128–10,240 MB. */
  readonly memoryMb: number;
  /** Reserved concurrency where it matters (a job runner that must not starve the others). */
  readonly reservedConcurrency?: number;
  /** Declared settings, on top of the variables derived from `access` (see `environmentOf`). */
  readonly environment?: Readonly<Record<string, string>>;
}
