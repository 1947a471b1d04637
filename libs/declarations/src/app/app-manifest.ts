import type { FunctionDeclaration } from '../function/function-declaration';

/**
 * Everything an app deploys: its functions, each declared once with trigger, access, environment,
 * timeout and memory. The local runtime and the CDK both read it.
 * @example
 * export const manifest: AppManifest = defineApp({ app: 'audit', functions: [recordAuditEvent, getEntityTrail] });
 */
export interface AppManifest {
  /** The app's name: the stack, the service name in logs, the prefix of its function names. */
  readonly app: string;
  readonly functions: readonly FunctionDeclaration[];
}
