import type { SQSEvent } from 'aws-lambda';

import type { LocalQueue } from './local-queue';
import type { RetryDelayOptions } from './retry-delay';

/** Invokes the consumer Lambda handler with an SQS batch event; its result may be a partial batch response. */
export type InvokeConsumer = (event: SQSEvent) => Promise<unknown>;

/** The faults a chaos run injects into a queue's event source mapping (see `tools/local-runtime/src/chaos`). */
export interface PumpChaos {
  /** True: this invocation is throttled before it reaches the function. */
  throttle(): boolean;
  /** True: this successful message is deleted, but delivered again (SQS at-least-once). */
  redeliver(): boolean;
}

/** Options of one queue's consumer pump: the declared event source mapping settings. */
export interface ConsumerPumpOptions {
  readonly queue: LocalQueue;
  readonly invoke: InvokeConsumer;
  /** Messages per invocation: 1–10, or up to 10,000 with a batching window (as the SQS event source allows). */
  readonly batchSize: number;
  /** `MaximumBatchingWindowInSeconds` (0–300): how long to gather a batch before invoking with what there is. */
  readonly maximumBatchingWindowInSeconds?: number;
  /**
   * Batches in flight at most (`ScalingConfig.MaximumConcurrency`, 2–1000), from the start. Omitted: scaled
   * as AWS scales a standard queue's mapping — 5 at first, then up to 5 more each second (300 per minute)
   * while messages wait — up to {@link LOCAL_SCALING_CAP} locally (AWS: 1,000).
   */
  readonly maximumConcurrency?: number;
  readonly region: string;
  /**
   * Opt-in fast-retry mode (tests): a failed message comes back after this backoff instead of after its
   * visibility timeout. Omitted: SQS behaviour.
   */
  readonly fastRetry?: RetryDelayOptions;
  readonly chaos?: PumpChaos;
  /** Told about every failed invocation, for logs; never changes delivery. */
  readonly onInvocationError?: (error: unknown, event: SQSEvent) => void;
  /** The queue's clock, so waits line up with its visibility times. */
  readonly now?: () => number;
}

/** Batches in flight at first for a mapping that declares no maximum (AWS's start for standard queues). */
export const INITIAL_CONCURRENCY = 5;
/** Batches added per second while messages wait (AWS: up to 300 per minute). */
export const SCALE_UP_PER_SECOND = 5;
/** Where local scaling stops for a mapping that declares no maximum: one process on a laptop, not 1,000. */
export const LOCAL_SCALING_CAP = 20;
