import type { SQSEvent } from 'aws-lambda';

import { parseBatchResponse } from './batch-outcome';
import type { BatchOutcome } from './batch-outcome';
import { collectBatch } from './collect-batch';
import { INITIAL_CONCURRENCY, LOCAL_SCALING_CAP, SCALE_UP_PER_SECOND } from './consumer-pump-options';
import type { ConsumerPumpOptions } from './consumer-pump-options';
import { InvalidQueueOptionsError } from './errors';
import { retryDelayMs } from './retry-delay';
import type { ReceivedMessage } from './stored-message';
import { toSqsEvent } from './to-sqs-event';

/** What Lambda answers a throttled synchronous invocation with (HTTP 429). */
const THROTTLED = 'TooManyRequestsException: Rate Exceeded.';

/**
 * The event source mapping of one queue: up to `maximumConcurrency` workers (or, when none is declared,
 * 5 scaling up by 5 a second while messages wait, as AWS scales, to a local cap), each receiving a batch
 * (size and batching window as declared), invoking the consumer, deleting the successes and leaving the
 * failures invisible until their visibility timeout ends (or the fast-retry backoff, when opted in).
 * Each queue has its own pump, so a slow or failing consumer only ever delays its own queue.
 *
 * @example
 * ```ts
 * const pump = new ConsumerPump({ queue, invoke: (event) => handler(event), batchSize: 10, maximumConcurrency: 5, region: 'us-east-1' });
 * pump.start();
 * await pump.stop();
 * ```
 */
export class ConsumerPump {
  /** The most batches in flight: the declared maximum, or the local scaling cap. */
  readonly maximumConcurrency: number;
  private running = false;
  private scaler: NodeJS.Timeout | undefined;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;
  private readonly now: () => number;

  constructor(private readonly options: ConsumerPumpOptions) {
    const { batchSize, queue } = options;
    const windowSeconds = options.maximumBatchingWindowInSeconds ?? 0;
    const maxBatch = windowSeconds > 0 ? 10_000 : 10;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > maxBatch) {
      throw new InvalidQueueOptionsError(`Queue ${queue.name}: batchSize must be an integer 1–${maxBatch}${windowSeconds > 0 ? ' with a batching window' : ''}, got ${batchSize}.`);
    }
    if (!Number.isFinite(windowSeconds) || windowSeconds < 0 || windowSeconds > 300) {
      throw new InvalidQueueOptionsError(`Queue ${queue.name}: maximumBatchingWindowInSeconds must be 0–300, got ${windowSeconds}.`);
    }
    this.maximumConcurrency = options.maximumConcurrency ?? LOCAL_SCALING_CAP;
    if (!Number.isInteger(this.maximumConcurrency) || this.maximumConcurrency < 1 || this.maximumConcurrency > 1000) {
      // 1 is below what AWS accepts (2) but lets tests pin a single batch in flight.
      throw new InvalidQueueOptionsError(`Queue ${queue.name}: maximumConcurrency must be an integer 1–1000, got ${this.maximumConcurrency}.`);
    }
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.queue.onAvailable(() => this.wakeAll());
    const declared = this.options.maximumConcurrency !== undefined;
    this.loops = Array.from({ length: declared ? this.maximumConcurrency : INITIAL_CONCURRENCY }, () => this.run());
    if (!declared) this.scaler = setInterval(() => this.scaleUp(), 1000);
  }

  /** Batches that may be in flight now (grows while messages wait when no maximum is declared). */
  get concurrency(): number {
    return this.loops.length;
  }

  /** AWS adds pollers while messages are waiting; idle workers cost nothing here, so none are removed. */
  private scaleUp(): void {
    if (!this.running || this.loops.length >= this.maximumConcurrency) return;
    if (this.options.queue.depth().available === 0) return;
    const added = Math.min(SCALE_UP_PER_SECOND, this.maximumConcurrency - this.loops.length);
    for (let n = 0; n < added; n += 1) this.loops.push(this.run());
  }

  /**
   * Stops pumping. Invocations still running are abandoned, not awaited: their messages stay in
   * flight and come back after a restart, exactly as if the process had died.
   */
  async stop(): Promise<void> {
    this.running = false;
    if (this.scaler) clearInterval(this.scaler);
    this.unsubscribe?.();
    this.wakeAll();
  }

  /** Resolves when every worker has exited (after `stop`, once any running invocation settles). */
  async drained(): Promise<void> {
    await Promise.all(this.loops);
  }

  private async run(): Promise<void> {
    const { queue } = this.options;
    const windowMs = (this.options.maximumBatchingWindowInSeconds ?? 0) * 1000;
    while (this.running) {
      const received = await collectBatch(queue, {
        batchSize: this.options.batchSize,
        windowMs,
        now: this.now,
        waitUntil: (until) => this.sleepUntil(until),
        running: () => this.running,
      });
      if (!this.running) return;
      if (received.length === 0) {
        await this.sleepUntil(queue.nextVisibleAt());
        continue;
      }
      const event = toSqsEvent(received, { queueArn: queue.arn, region: this.options.region });
      const outcome = await this.invoke(event);
      if (!this.running) return;
      this.settle(received, outcome);
    }
  }

  private settle(received: readonly ReceivedMessage[], outcome: BatchOutcome): void {
    const { queue, chaos, fastRetry } = this.options;
    for (const { message, receiptHandle } of received) {
      const failedReason = failureReason(outcome, message.messageId);
      if (failedReason === undefined) {
        if (chaos?.redeliver()) queue.deleteAndRedeliver(receiptHandle);
        else queue.delete(receiptHandle);
      } else {
        queue.release(receiptHandle, {
          errorMessage: failedReason,
          ...(fastRetry ? { retryAfterMs: retryDelayMs(message.receiveCount, fastRetry) } : {}),
        });
      }
    }
  }

  private async invoke(event: SQSEvent): Promise<BatchOutcome> {
    if (this.options.chaos?.throttle()) {
      // A throttled invocation never reaches the function: nothing runs, the whole batch fails.
      this.options.onInvocationError?.(Object.assign(new Error('Rate Exceeded. (chaos)'), { name: 'TooManyRequestsException' }), event);
      return { kind: 'failure', reason: THROTTLED };
    }
    try {
      const response = await this.options.invoke(event);
      return parseBatchResponse(
        response,
        event.Records.map((record) => record.messageId),
      );
    } catch (error) {
      this.options.onInvocationError?.(error, event);
      return { kind: 'failure', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** Waits until `at` (or indefinitely when undefined) unless the queue or `stop` wakes it first. */
  private sleepUntil(at: number | undefined): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      if (at !== undefined) timer = setTimeout(done, Math.max(0, at - this.now()));
      this.sleepers.add(done);
    });
  }
}

function failureReason(outcome: BatchOutcome, messageId: string): string | undefined {
  if (outcome.kind === 'success') return undefined;
  if (outcome.kind === 'failure') return outcome.reason;
  return outcome.failed.has(messageId) ? outcome.reason : undefined;
}
