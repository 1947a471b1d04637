import { JOB_STATUSES } from '@aircraftops/tables';

import { CliError } from '../../support/cli-error';
import { EXIT_USAGE } from '../../support/exit-codes';

/**
 * `--status`, upper-cased and checked against the job statuses (exit 2 otherwise).
 * @example
 * parseStatus('failed'); // 'FAILED'
 */
export const parseStatus = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const status = value.trim().toUpperCase();
  if (!(JOB_STATUSES as readonly string[]).includes(status)) {
    throw new CliError(`--status "${value}" is not a job status: use one of ${JOB_STATUSES.join(', ')}.`, EXIT_USAGE);
  }
  return status;
};

/**
 * `--limit`: a whole number from 1 to `max` (exit 2 otherwise).
 * @example
 * parseLimit('50', 100); // 50
 */
export const parseLimit = (value: string | undefined, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > max) throw new CliError(`--limit "${value}" must be a whole number from 1 to ${max}.`, EXIT_USAGE);
  return limit;
};
