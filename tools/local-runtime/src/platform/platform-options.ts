import type { SQSEvent } from 'aws-lambda';

import type { LocalSubscription } from '../eventbridge';

export interface PlatformOptions {
  /** Gateway port (0 = any free port). */
  readonly port: number;
  /** Keep tables, queues, archive and checkpoints here across restarts; in memory when undefined. */
  readonly persistDir?: string;
  /** Local state: issuer keys, runtime.json, the dataset store. */
  readonly home: string;
  readonly region?: string;
  /** Publish runtime.json so the CLI finds this platform (off for tests running several platforms). */
  readonly publishState?: boolean;
  /** Fixed ports for DynamoDB Local and the EventBridge endpoint (default: free ports). */
  readonly dynamodbPort?: number;
  readonly eventBridgePort?: number;
  /**
   * Extra consumers wired like declared subscriptions, before any stream poller starts (tests and
   * benchmarks observe the bus with them; a rule added later would miss what the pollers publish first).
   */
  readonly extraSubscriptions?: readonly {
    readonly subscription: LocalSubscription;
    readonly invoke: (event: SQSEvent) => Promise<unknown>;
  }[];
  readonly log?: (line: string) => void;
  /** `POWERTOOLS_LOG_LEVEL` of every function (default WARN: the runtime's own lines stay readable). */
  readonly functionLogLevel?: string;
  /**
   * Browser origins the HTTP functions allow (their `AIRCRAFTOPS_CORS_ORIGINS`); default: the gateway's
   * localhost origins (`localCorsOrigins`), none on port 0. `[]`: no CORS headers.
   */
  readonly corsOrigins?: readonly string[];
  /**
   * Stream mappings' batching window locally, in ms (never longer than declared), or `'declared'`
   * (default 500 ms; printed at start). ParallelizationFactor and every other setting run as declared.
   */
  readonly streamBatchingWindowMs?: number | 'declared';
  /**
   * Seconds a soft-deleted aircraft stays before TTL purges it (the aircraft delete function's declared
   * `AIRCRAFTOPS_SOFT_DELETE_RETENTION`, 30 days): tests shorten it to watch the purge.
   */
  readonly softDeleteRetentionSeconds?: number;
  /** Pause between passes of the TTL emulation over every table (default 250 ms). */
  readonly ttlSweepIntervalMs?: number;
  /**
   * Inject faults at this rate (0–1): PutEvents entry failures, consumer throttles, duplicate deliveries,
   * redeliveries of deleted messages (`npm start -- --chaos 0.1`). Printed at start; off when omitted.
   */
  readonly chaos?: { readonly rate: number; readonly seed?: string };
  /**
   * Opt-in fast-retry mode (tests): a message whose consumer failed comes back after a short backoff
   * (100 ms doubling, at most 2 s) instead of after its queue's visibility timeout. Printed at start.
   */
  readonly fastRetry?: boolean;
}
