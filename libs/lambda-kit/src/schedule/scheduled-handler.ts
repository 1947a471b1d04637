import type { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';

import { isCorrelationId } from '../correlation/correlation-id-rule';
import { defaultLogger } from '../logging/default-logger';
import { logContextMiddleware } from '../logging/log-context-middleware';

/** Options of {@link scheduledHandler}. */
export interface ScheduledHandlerOptions {
  /** Defaults to the logger of the function's `POWERTOOLS_SERVICE_NAME` (read through `currentEnv()`; else `aircraftops`). */
  readonly logger?: Logger;
}

/** What a scheduled function receives: when it was due, and the invocation's correlation id. */
export interface ScheduledInput {
  /** The scheduled time (EventBridge `time`), or now when invoked without one. */
  readonly scheduledAt: Date;
  readonly correlationId: string;
  readonly context: Context;
}

/** The Lambda handler `scheduledHandler` builds. */
export type ScheduledLambdaHandler<T> = middy.MiddyfiedHandler<Partial<ScheduledEvent> | undefined, T>;

/**
 * A function run on a schedule (EventBridge Scheduler or a rule, locally the runtime's timer), with
 * the stack every function has: the Powertools logger with the Lambda context, and a correlation id
 * (the scheduled event's `id`, else the Lambda request id) on every line and in the input. Errors are
 * not caught: a failed run must show as a failed invocation (retries, error metric).
 *
 * @example
 * export const handler = scheduledHandler(({ scheduledAt, correlationId }) => runDueSchedules(scheduledAt, ports, correlationId));
 */
export const scheduledHandler = <T>(
  run: (input: ScheduledInput) => Promise<T>,
  options: ScheduledHandlerOptions = {},
): ScheduledLambdaHandler<T> => {
  const logger = options.logger ?? defaultLogger();
  const correlationIdOf = (event: Partial<ScheduledEvent> | undefined, context: Context) =>
    isCorrelationId(event?.id) ? event.id : context.awsRequestId;
  return middy<Partial<ScheduledEvent> | undefined, T>()
    .use(logContextMiddleware<Partial<ScheduledEvent> | undefined>(logger, correlationIdOf))
    .handler(async (event, context) => {
      const time = typeof event?.time === 'string' ? new Date(event.time) : new Date(Number.NaN);
      return run({
        scheduledAt: Number.isNaN(time.getTime()) ? new Date() : time,
        correlationId: correlationIdOf(event, context),
        context,
      });
    });
};
