import type { AppManifest } from './app-manifest';
import { declarationProblems } from './declaration-problems';
import { InvalidDeclarationError } from './invalid-declaration-error';

/**
 * Checks an app's declarations once, where they are written, so a mistake fails at load (runtime,
 * CDK and tests alike) rather than at deploy time.
 * @throws InvalidDeclarationError listing every problem.
 * @example
 * export const manifest = defineApp({ app: 'audit', functions: [recordAuditEvent] });
 */
export const defineApp = (manifest: AppManifest): AppManifest => {
  const problems = declarationProblems(manifest);
  if (problems.length > 0) throw new InvalidDeclarationError(manifest.app, problems);
  return manifest;
};
