import { execFile, type ExecFileException } from 'node:child_process';

import { JavaNotFoundError, JavaVersionError } from '../errors';
import { type JavaVersion, parseJavaVersion } from './parse-java-version';
import { resolveJavaBin } from './resolve-java-bin';

/** DynamoDB Local 2.x is built for Java 17 (per AWS's documentation for the 2.x line). */
export const MINIMUM_JAVA_MAJOR = 17;

/** A Java executable that was run and found recent enough. */
export interface JavaInstallation extends JavaVersion {
  readonly javaBin: string;
}

const runVersion = (javaBin: string): Promise<{ output: string; error: ExecFileException | null }> =>
  new Promise((resolve) => {
    execFile(javaBin, ['-version'], { timeout: 30_000, windowsHide: true }, (error, stdout, stderr) => {
      resolve({ output: `${stderr}\n${stdout}`, error });
    });
  });

const REASONS: Record<string, string> = {
  ENOENT: 'not found',
  EACCES: 'is not executable',
  ENOTDIR: 'not found',
};

/**
 * Runs `<java> -version` and checks that it is Java 17 or newer.
 * @throws JavaNotFoundError when the executable is missing or cannot run; JavaVersionError when it is too old.
 * @example
 * const java = await checkJava(); // { javaBin: 'java', version: '17.0.15', major: 17 }
 */
export const checkJava = async (
  options: { javaBin?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): Promise<JavaInstallation> => {
  const { javaBin, origin } = resolveJavaBin(options.javaBin, options.env);
  const { output, error } = await runVersion(javaBin);
  if (error) {
    const reason =
      (typeof error.code === 'string' && REASONS[error.code]) ||
      `could not be run (${error.message.split('\n')[0]}${output.trim() ? `; output: ${output.trim().split('\n')[0]}` : ''})`;
    throw new JavaNotFoundError(javaBin, origin, reason, { cause: error });
  }
  const parsed = parseJavaVersion(output);
  if (parsed === undefined) throw new JavaVersionError(javaBin, origin, undefined, undefined, MINIMUM_JAVA_MAJOR);
  if (parsed.major < MINIMUM_JAVA_MAJOR) {
    throw new JavaVersionError(javaBin, origin, parsed.version, parsed.major, MINIMUM_JAVA_MAJOR);
  }
  return { javaBin, ...parsed };
};

/**
 * True when a usable Java (17+) is available; for skipping or explaining, never throws.
 * @example
 * if (!(await isJavaAvailable())) console.warn('Install Java 17 to run the integration tests');
 */
export const isJavaAvailable = async (javaBin?: string): Promise<boolean> =>
  checkJava({ javaBin }).then(
    () => true,
    () => false,
  );
