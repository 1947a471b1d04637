/**
 * One event to publish. `detail` is the event's `detail` object (serialised to JSON by the publisher).
 *
 * @example
 * ```ts
 * const entry: PublishEntry = { source: AIRCRAFT_SOURCE, detailType: 'AircraftRegistered', detail };
 * ```
 */
export interface PublishEntry {
  readonly source: string;
  readonly detailType: string;
  readonly detail: object;
  /** Event time; EventBridge uses the time of the call when absent. */
  readonly time?: Date;
  /** ARNs the event concerns. */
  readonly resources?: readonly string[];
}

/** An entry EventBridge accepted. `attempts` counts the PutEvents calls it took. */
export interface PublishedEntryOutcome {
  readonly status: 'published';
  /** Position of the entry in the `publish` input. */
  readonly index: number;
  readonly eventId: string;
  readonly attempts: number;
}

/**
 * An entry that is not on the bus. `errorCode` is EventBridge's per-entry `ErrorCode`, the name of the error a
 * whole call threw, `EventTooLarge`, `InvalidEntry`, or `NotAttempted` (skipped after an earlier failure with
 * `haltOnFailure`). `attempts` is 0 when it was never sent.
 */
export interface FailedEntryOutcome {
  readonly status: 'failed';
  readonly index: number;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly attempts: number;
  /** The error behind the failure when there is one (thrown by the SDK, or EventTooLargeError / InvalidEventEntryError). */
  readonly error?: Error;
}

/** The outcome of one input entry. */
export type EntryOutcome = PublishedEntryOutcome | FailedEntryOutcome;

/**
 * What `publish` did with each entry: `entries[i]` is the outcome of input entry `i`.
 *
 * @example
 * ```ts
 * const result = await publisher.publish(entries);
 * const failedRecords = result.failures.map((failure) => records[failure.index]);
 * ```
 */
export interface PublishResult {
  readonly entries: readonly EntryOutcome[];
  /** The failed outcomes, in input order (empty when everything was published). */
  readonly failures: readonly FailedEntryOutcome[];
  readonly publishedCount: number;
  /** PutEvents calls made, retries included. */
  readonly requestCount: number;
}
