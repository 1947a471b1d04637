/** How long an audit record is kept, counted from when the event occurred. */
export type RetentionPeriod = { readonly years: number } | { readonly months: number } | { readonly days: number };

/** Retention per event class (the EventBridge `source`), and for sources it does not name. */
export interface RetentionPolicy {
  readonly bySource: Readonly<Record<string, RetentionPeriod>>;
  readonly fallback: RetentionPeriod;
}

/**
 * The documented defaults, in the form `AIRCRAFTOPS_AUDIT_RETENTION` takes (the manifest declares this
 * value; an operator changes it there or per stage):
 *
 * - `aircraftops.aircraft`: 7 years. Aircraft registration and ownership history is compliance data.
 * - `aircraftops.ingestion`: 13 months. Job lifecycle is operational history: a year of job runs to
 *   compare against, plus a month of slack for year-end reviews.
 * - any other `aircraftops.*` source (`*`): 7 years. The audit trail cannot know how important an
 *   unclassified source is, so it keeps the longest period until someone classifies it.
 */
export const DEFAULT_RETENTION_CONFIG = 'aircraftops.aircraft=7y,aircraftops.ingestion=13m,*=7y';

/** The environment variable holding the policy, e.g. {@link DEFAULT_RETENTION_CONFIG}. */
export const RETENTION_ENV = 'AIRCRAFTOPS_AUDIT_RETENTION';

/**
 * The period of an event class under `policy`.
 * @example
 * retentionFor('aircraftops.ingestion', policy); // { months: 13 }
 */
export const retentionFor = (source: string, policy: RetentionPolicy): RetentionPeriod =>
  Object.hasOwn(policy.bySource, source) ? (policy.bySource[source] as RetentionPeriod) : policy.fallback;
