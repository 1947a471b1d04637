import type { AppManifest } from '../app/app-manifest';
import type { FunctionDeclaration } from '../function/function-declaration';

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
