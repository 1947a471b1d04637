import {
  type AppManifest,
  type LocalEnvironment,
  localFunction,
  type LocalFunction,
  type ResourceNames,
} from '@aircraftops/declarations';

/** Every declared function of the platform, built, by name. */
export type PlatformFunctions = ReadonlyMap<string, LocalFunction>;

/**
 * Builds every declared function of every app the way Lambda would run it: its own environment (its
 * declared one plus the local endpoints, never the runtime's `process.env`), enforcement of its declared
 * access, its declared timeout, memory and ARN. The gateway, the bus's queues, the stream mappings and
 * the scheduler all invoke these, never a handler directly.
 * @example
 * const functions = buildFunctions(platformApps, { names, local: { region, dynamodbEndpoint } });
 * await functions.get('ingestion-run-due-schedules')!.invoke({});
 */
export const buildFunctions = (
  apps: readonly AppManifest[],
  options: { readonly names: ResourceNames; readonly local: LocalEnvironment },
): PlatformFunctions => {
  const functions = new Map<string, LocalFunction>();
  for (const app of apps) {
    for (const fn of app.functions) {
      if (functions.has(fn.name)) throw new Error(`function ${fn.name} is declared twice`);
      functions.set(fn.name, localFunction(fn, { app: app.app, names: options.names, local: options.local }));
    }
  }
  return functions;
};

/**
 * The function a trigger names.
 * @throws Error when no app declares it (the declarations and the wiring disagree).
 */
export const functionNamed = (functions: PlatformFunctions, name: string): LocalFunction => {
  const fn = functions.get(name);
  if (!fn) throw new Error(`no declared function named ${name}`);
  return fn;
};
