import { NotFoundError } from '@aircraftops/lambda-kit';

/**
 * No schedule has this id (HTTP 404).
 * @example
 * throw new ScheduleNotFoundError('01JB…'); // "Schedule 01JB… not found"
 */
export class ScheduleNotFoundError extends NotFoundError {
  constructor(
    readonly scheduleId: string,
    options?: ErrorOptions,
  ) {
    super(`Schedule ${scheduleId} not found`, options);
    this.name = 'ScheduleNotFoundError';
  }
}
