import { InvalidQueueOptionsError } from './errors';
import type { LocalQueueOptions } from './local-queue';

/**
 * Refuses queue settings SQS would refuse (name, visibility timeout, maxReceiveCount), naming the setting.
 *
 * @example
 * ```ts
 * validateQueueOptions({ name: 'audit', region, accountId, visibilityTimeoutSeconds: 30, maxReceiveCount: 0 }); // throws
 * ```
 */
export function validateQueueOptions(options: LocalQueueOptions): void {
  if (!/^[A-Za-z0-9_-]{1,76}$/.test(options.name)) {
    // 80 characters is the SQS limit; 76 leaves room for the `-dlq` suffix.
    throw new InvalidQueueOptionsError(
      `Queue name "${options.name}" is not valid: use 1–76 letters, digits, "-" or "_".`,
    );
  }
  const { visibilityTimeoutSeconds: timeout, maxReceiveCount: max } = options;
  if (!Number.isFinite(timeout) || timeout < 0 || timeout > 43_200) {
    throw new InvalidQueueOptionsError(`Queue ${options.name}: visibilityTimeoutSeconds must be 0–43200, got ${timeout}.`);
  }
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw new InvalidQueueOptionsError(`Queue ${options.name}: maxReceiveCount must be an integer 1–1000, got ${max}.`);
  }
}
