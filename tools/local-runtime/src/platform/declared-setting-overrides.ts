import type { AppManifest } from '@aircraftops/declarations';

/**
 * The apps with local values for declared settings: a function whose declaration lists one of these
 * variables in its `environment` gets the local value instead; nothing is added to a function that does
 * not declare it (the environment stays what the cloud deploys, only the value differs). Tests use it to
 * shorten retentions, e.g. a 5 s soft-delete retention so the TTL purge happens while they watch.
 * @example
 * const apps = withDeclaredSettings(platformApps, { AIRCRAFTOPS_SOFT_DELETE_RETENTION: '5' });
 */
export const withDeclaredSettings = (apps: readonly AppManifest[], values: Readonly<Record<string, string>>): AppManifest[] =>
  apps.map((app) => ({
    ...app,
    functions: app.functions.map((fn) => {
      const declared = fn.environment;
      if (!declared) return fn;
      const overridden = Object.fromEntries(Object.entries(declared).map(([name, value]) => [name, values[name] ?? value]));
      return { ...fn, environment: overridden };
    }),
  }));
