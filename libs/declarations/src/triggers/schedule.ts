/**
 * A recurring invocation: EventBridge Scheduler in the cloud, the runtime's timer locally. `expression`
 * uses the Scheduler syntax: `rate(1 minute)`, `rate(5 minutes)`, `cron(0 3 * * ? *)`.
 * @example
 * const trigger: ScheduleTrigger = { kind: 'schedule', expression: 'rate(1 minute)' };
 */
export interface ScheduleTrigger {
  readonly kind: 'schedule';
  readonly expression: string;
  /** Local only: how often the runtime invokes it instead (a minute is long for a demo); printed at start. */
  readonly localIntervalSeconds?: number;
}
