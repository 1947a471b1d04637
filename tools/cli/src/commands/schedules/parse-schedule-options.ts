import { CliError } from '../../support/cli-error';
import { EXIT_USAGE } from '../../support/exit-codes';

/**
 * `--files k1,k2`: dataset-store keys, trimmed, none empty (exit 2 otherwise). The API checks each key.
 * @example
 * parseFilesOption('faa/MASTER.txt, faa/ACFTREF.txt'); // [{ key: 'faa/MASTER.txt' }, { key: 'faa/ACFTREF.txt' }]
 */
export const parseFilesOption = (value: string): { key: string }[] => {
  const keys = value.split(',').map((key) => key.trim());
  if (keys.some((key) => key === '')) throw new CliError(`--files "${value}" has an empty entry: give keys separated by commas.`, EXIT_USAGE);
  return keys.map((key) => ({ key }));
};
