import { ValidationError } from '@aircraftops/lambda-kit';

/**
 * A schedule definition is invalid (HTTP 400): `field` names the input field (`body.cron`,
 * `body.files[1].key`), `reason` what is wrong with it.
 * @example
 * throw new InvalidScheduleError('body.cron', 'expected 5 fields (minute hour day month weekday), got 6');
 */
export class InvalidScheduleError extends ValidationError {
  constructor(
    readonly field: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super([{ field, message: reason }], options);
    this.name = 'InvalidScheduleError';
  }
}
