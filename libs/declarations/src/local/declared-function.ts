import type { AppManifest } from '../app/app-manifest';
import type { FunctionDeclaration } from '../function/function-declaration';
import { requireHandler } from './local-function';

/**
 * One function of an app's declarations, by name.
 * @throws Error naming the app's functions when it declares none by that name.
 * @example
 * const recorder = declaredFunction(manifest, 'audit-record-event');
 */
export const declaredFunction = (manifest: AppManifest, name: string): FunctionDeclaration => {
  const fn = manifest.functions.find((candidate) => candidate.name === name);
  if (!fn) throw new Error(`app ${manifest.app} declares no function ${name} (it has ${manifest.functions.map((f) => f.name).join(', ')})`);
  return fn;
};

/**
 * The function of an app whose declared handler is exactly `handler` (the module's export, as loaded by
 * `requireHandler`), or undefined for a handler no declaration names (one built with test fakes). Lets a
 * test that imports a handler invoke it as the runtime would, through `localFunction`.
 * @example
 * const fn = declaredFunctionOf(manifest, getAircraftHandler); // the 'aircraft-get-aircraft' declaration
 */
export const declaredFunctionOf = (manifest: AppManifest, handler: unknown): FunctionDeclaration | undefined =>
  manifest.functions.find((fn) => {
    try {
      return requireHandler(fn.handler) === handler;
    } catch {
      return false;
    }
  });
