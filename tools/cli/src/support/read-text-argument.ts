import { readFileSync } from 'node:fs';
import path from 'node:path';

import { CliError } from './cli-error';
import { EXIT_USAGE } from './exit-codes';

const FILE_PREFIX = 'file://';

/**
 * An argument given inline or, as the AWS CLI accepts it, as `file://<path>` (relative to `cwd`):
 * returns the text. An unreadable file is a usage error (exit 2) naming the argument and the file.
 *
 * @example
 * ```ts
 * const patternText = readTextArgument('file://pattern.json', '--event-pattern');
 * ```
 */
export const readTextArgument = (value: string, argument: string, cwd: string = process.cwd()): string => {
  if (!value.startsWith(FILE_PREFIX)) return value;
  const file = path.resolve(cwd, value.slice(FILE_PREFIX.length));
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${argument}: cannot read ${file}: ${reason}`, EXIT_USAGE, { cause: error });
  }
};
