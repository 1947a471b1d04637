import { join } from 'node:path';

/** The Java executable to run, and where that choice came from (for error messages). */
export interface ResolvedJavaBin {
  readonly javaBin: string;
  readonly origin: string;
}

/**
 * Chooses the Java executable: the explicit option first, then `$JAVA_HOME/bin/java`, then `java` on PATH.
 * @example
 * resolveJavaBin(undefined, { JAVA_HOME: '/opt/jdk-17' }); // { javaBin: '/opt/jdk-17/bin/java', origin: 'JAVA_HOME' }
 */
export const resolveJavaBin = (
  javaBin: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedJavaBin => {
  if (javaBin !== undefined && javaBin !== '') return { javaBin, origin: 'the javaBin option' };
  const javaHome = env['JAVA_HOME'];
  if (javaHome) return { javaBin: join(javaHome, 'bin', 'java'), origin: `JAVA_HOME=${javaHome}` };
  return { javaBin: 'java', origin: 'PATH' };
};
