import { runInFunctionScope } from '@aircraftops/lambda-kit';
import type { Context } from 'aws-lambda';

import type { ResourceNames } from '../access/resource-names';
import { BUCKET_ENV, DELIVERY_STREAM_ENV } from '../environment/environment-names';
import { environmentOf } from '../environment/environment-of';
import type { FunctionDeclaration } from '../function/function-declaration';
import type { HandlerRef } from '../function/handler-ref';
import { accessCheckOf } from './access-check-of';
import { functionContext } from './function-context';
import { LambdaTimeoutError } from './lambda-timeout-error';
import type { LocalEnvironment } from './local-env';

/** A Lambda handler as the runtime calls it. */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/** How to build a declared function locally. */
export interface LocalFunctionOptions {
  /** The app that declares it (its service name). */
  readonly app: string;
  /** Physical names and ARN parts (see `localResourceNames`). */
  readonly names: ResourceNames;
  readonly local: LocalEnvironment;
  /** Check every SDK request against the declared access (default true). */
  readonly enforceAccess?: boolean;
  /** Loads the handler (default: `require` of the declared module, once per process). */
  readonly load?: (ref: HandlerRef) => LambdaHandler;
}

/** A declared function, built: its own environment, its access check, its timeout. */
export interface LocalFunction {
  readonly name: string;
  readonly declaration: FunctionDeclaration;
  /** The function's whole environment: derived from its declaration plus the local additions. */
  readonly env: Readonly<Record<string, string>>;
  /** One invocation, as Lambda runs it; rejects with `LambdaTimeoutError` past the declared timeout. */
  invoke(event: unknown): Promise<unknown>;
}

const loaded = new Map<string, LambdaHandler>();

/** Thrown when a declared handler cannot be loaded: the declaration and the code disagree. */
export class HandlerNotFoundError extends Error {
  override readonly name = 'HandlerNotFoundError';
}

/**
 * The handler a declaration points at, loaded once per process like a warm Lambda.
 * @throws HandlerNotFoundError when the module does not export a function under that name.
 * @example
 * const handler = requireHandler(fn.handler);
 */
export const requireHandler = (ref: HandlerRef): LambdaHandler => {
  const key = `${ref.module}#${ref.export}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- handlers are resolved at run time from declarations
  const handler = (require(ref.module) as Record<string, unknown>)[ref.export];
  if (typeof handler !== 'function') throw new HandlerNotFoundError(`${ref.module} has no exported function "${ref.export}"`);
  loaded.set(key, handler as LambdaHandler);
  return handler as LambdaHandler;
};

const localAdditions = (fn: FunctionDeclaration, local: LocalEnvironment): Record<string, string> => {
  const env: Record<string, string> = {
    AWS_REGION: local.region,
    AWS_DEFAULT_REGION: local.region,
    AWS_ACCESS_KEY_ID: local.credentials?.accessKeyId ?? 'local',
    AWS_SECRET_ACCESS_KEY: local.credentials?.secretAccessKey ?? 'local',
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
  };
  if (local.dynamodbEndpoint && fn.access.tables?.length) env['AIRCRAFTOPS_DYNAMODB_ENDPOINT'] = local.dynamodbEndpoint;
  if (local.eventBridgeEndpoint && fn.access.putEvents) env['AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT'] = local.eventBridgeEndpoint;
  if (local.logLevel) env['POWERTOOLS_LOG_LEVEL'] = local.logLevel;
  // Stands in for the origins a deployment configures (CDK: AIRCRAFTOPS_CORS_ORIGINS), only where a route serves browsers.
  if (local.corsOrigins?.length && fn.trigger.kind === 'http') env['AIRCRAFTOPS_CORS_ORIGINS'] = local.corsOrigins.join(',');
  return env;
};

/**
 * The declared environment, with a folder instead of a bucket for a function that reads or writes objects, and
 * instead of a delivery stream for one that puts records into Firehose (no emulator: its sink writes files there).
 */
const localEnvironmentOf = (app: string, fn: FunctionDeclaration, options: LocalFunctionOptions): Record<string, string> => {
  const env = { ...environmentOf(app, fn, options.names), ...localAdditions(fn, options.local) };
  if (fn.access.objects?.length && options.local.dataDir) {
    for (const grant of fn.access.objects) delete env[BUCKET_ENV[grant.bucket]];
    env['AIRCRAFTOPS_DATA_DIR'] = options.local.dataDir;
  }
  if (fn.access.firehose?.length && options.local.dataDir) {
    for (const grant of fn.access.firehose) delete env[DELIVERY_STREAM_ENV[grant.stream]];
    env['AIRCRAFTOPS_DATA_DIR'] = options.local.dataDir;
  }
  return env;
};

const withTimeout = <T>(work: Promise<T>, fn: FunctionDeclaration): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LambdaTimeoutError(fn.name, fn.timeoutSeconds)), fn.timeoutSeconds * 1000);
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
};

/**
 * Builds one declared function the way the local runtime runs it, so that an integration test invokes
 * it exactly as `npm start` does: its own environment (the declared one plus the local endpoints —
 * never `process.env`, never another function's), every AWS SDK request checked against its declared
 * access (an undeclared table, index, action or event source fails with `AccessDeniedException`, as IAM
 * would), its declared timeout (`Task timed out after N.00 seconds`) and a Lambda context with its name,
 * ARN, memory and remaining time. The handler module is loaded inside the function's scope, so what it
 * computes at module scope sees that function's environment.
 * @example
 * const recorder = localFunction(auditManifest.functions.find((fn) => fn.name === 'audit-record-event')!, {
 *   app: 'audit', names: localResourceNames({ region: 'us-east-1' }), local: localEnvironmentFrom(process.env),
 * });
 * const response = await recorder.invoke(sqsEvent);
 */
export const localFunction = (fn: FunctionDeclaration, options: LocalFunctionOptions): LocalFunction => {
  const env = localEnvironmentOf(options.app, fn, options);
  const checkAccess = options.enforceAccess === false ? undefined : accessCheckOf(fn, options.names);
  const load = options.load ?? requireHandler;
  const scope = { name: fn.name, env, checkAccess };
  return {
    name: fn.name,
    declaration: fn,
    env,
    invoke: (event) =>
      runInFunctionScope(scope, () =>
        withTimeout(
          Promise.resolve().then(() => load(fn.handler)(event, functionContext(fn, options.names))),
          fn,
        ),
      ),
  };
};
