import type { HandlerRef } from '@aircraftops/events';
import type { Context } from 'aws-lambda';

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/** Thrown when a declared handler cannot be loaded: the declaration and the code disagree. */
export class HandlerNotFoundError extends Error {
  override readonly name = 'HandlerNotFoundError';
}

const cache = new Map<string, LambdaHandler>();

/**
 * The real handler function a declaration points at, loaded once per process like a warm Lambda.
 * Handlers read their configuration from the environment at module scope, so the runtime sets the
 * environment before the first load.
 */
export const loadHandler = (ref: HandlerRef): LambdaHandler => {
  const key = `${ref.module}#${ref.export}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- handlers are resolved at run time from declarations
  const loaded = require(ref.module) as Record<string, unknown>;
  const handler = loaded[ref.export];
  if (typeof handler !== 'function') {
    throw new HandlerNotFoundError(`${ref.module} has no exported function "${ref.export}"`);
  }
  cache.set(key, handler as LambdaHandler);
  return handler as LambdaHandler;
};
