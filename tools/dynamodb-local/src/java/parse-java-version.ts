/** A Java version as printed by `java -version`, with its feature release number. */
export interface JavaVersion {
  /** The version string, e.g. `17.0.15` or `1.8.0_392`. */
  readonly version: string;
  /** The feature release: 17 for `17.0.15`, 8 for the legacy `1.8.0_392` scheme. */
  readonly major: number;
}

// `-version` prints `openjdk version "17.0.15" 2025-04-15` (or `java version "1.8.0_392"`); `--version`
// prints `openjdk 17.0.15 2025-04-15` without quotes. Both are accepted.
const QUOTED = /\b(?:java|openjdk) version "([^"]+)"/;
const UNQUOTED = /^(?:java|openjdk) (\d[\w.+-]*)/m;

/**
 * Reads the version from the output of `java -version` (which writes to stderr).
 * @returns undefined when the output carries no recognisable version.
 * @example
 * parseJavaVersion('openjdk version "17.0.15" 2025-04-15'); // { version: '17.0.15', major: 17 }
 * parseJavaVersion('java version "1.8.0_392"'); // { version: '1.8.0_392', major: 8 }
 */
export const parseJavaVersion = (output: string): JavaVersion | undefined => {
  const version = QUOTED.exec(output)?.[1] ?? UNQUOTED.exec(output)?.[1];
  if (version === undefined) return undefined;
  // Before Java 9 the feature release was the second number (1.8 = Java 8).
  const digits = /^1\.(\d+)/.exec(version)?.[1] ?? /^(\d+)/.exec(version)?.[1];
  if (digits === undefined) return undefined;
  return { version, major: Number(digits) };
};
