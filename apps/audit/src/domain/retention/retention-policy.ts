/** How long an audit record is kept, counted from when the event occurred. */
export type RetentionPeriod = { readonly years: number } | { readonly days: number };

/** One class of events and why it is kept that long. */
export interface RetentionRule {
  readonly period: RetentionPeriod;
  readonly reason: string;
}

/**
 * Retention per event class (the EventBridge `source`). A small table on purpose: compliance reads
 * it, and the README renders the same numbers.
 *
 * - `aircraftops.aircraft`: 7 years. Aircraft registration and ownership history is compliance data.
 * - `aircraftops.ingestion`: 400 days. Operational history: a year of job runs to compare
 *   against, plus a month of slack for year-end reviews.
 * - any other `aircraftops.*` source: 7 years. The audit trail cannot know how important an
 *   unclassified source is, so it keeps the longest period until someone classifies it here.
 */
export const RETENTION_POLICY: Readonly<Record<string, RetentionRule>> = {
  'aircraftops.aircraft': { period: { years: 7 }, reason: 'aircraft registration history (compliance)' },
  'aircraftops.ingestion': { period: { days: 400 }, reason: 'operational history: a year of jobs plus slack' },
};

/** The rule for sources the policy does not name: the longest period, so nothing expires too early. */
export const DEFAULT_RETENTION: RetentionRule = {
  period: { years: 7 },
  reason: 'unclassified source: kept as long as the longest class',
};

/**
 * The retention rule of an event class.
 * @example
 * retentionFor('aircraftops.ingestion'); // { period: { days: 400 }, reason: '...' }
 */
export const retentionFor = (source: string): RetentionRule =>
  Object.hasOwn(RETENTION_POLICY, source) ? (RETENTION_POLICY[source] as RetentionRule) : DEFAULT_RETENTION;
