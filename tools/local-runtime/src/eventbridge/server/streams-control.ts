import type { OnFailureRecord } from '../../streams/on-failure-record';
import type { StreamMappingStats } from '../../streams/mapping-stats';

/** One stream consumer (event-source mapping) as `GET /_local/streams` shows it. */
export interface StreamConsumerSummary {
  readonly name: string;
  /** The table key (`core`, …) whose stream the mapping reads. */
  readonly table: string;
  readonly stats: StreamMappingStats;
  /** On-failure records waiting in the consumer's on-failure destination. */
  readonly onFailureDepth: number;
}

/**
 * One message of a consumer's on-failure destination. `record` is the parsed AWS on-failure record;
 * a body that is not one is kept as `body` with `record: null`, so nothing is hidden.
 */
export type StreamFailure =
  | { readonly messageId: string; readonly sentAt: string; readonly record: OnFailureRecord }
  | { readonly messageId: string; readonly sentAt: string; readonly record: null; readonly body: string };

/**
 * What the EventBridge server needs to serve `GET /_local/streams` and
 * `GET /_local/streams/<consumer>/failures`; the platform provides it from its stream consumers.
 *
 * @example
 * ```ts
 * const streams: StreamsControl = { describe: () => [], failures: () => undefined };
 * await startEventBridgeServer({ bus, streams });
 * ```
 */
export interface StreamsControl {
  describe(): readonly StreamConsumerSummary[];
  /** The consumer's on-failure messages, oldest first; undefined when no consumer has that name. */
  failures(consumer: string): readonly StreamFailure[] | undefined;
}
