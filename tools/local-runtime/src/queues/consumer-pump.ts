import type { SQSEvent } from 'aws-lambda';

import { parseBatchResponse } from './batch-outcome';
import type { BatchOutcome } from './batch-outcome';
import { InvalidQueueOptionsError } from './errors';
import type { LocalQueue } from './local-queue';
import { retryDelayMs } from './retry-delay';
import type { RetryDelayOptions } from './retry-delay';
import { toSqsEvent } from './to-sqs-event';

/** Invokes the consumer Lambda handler with an SQS batch event; its result may be a partial batch response. */
export type InvokeConsumer = (event: SQSEvent) => Promise<unknown>;

/** Options of one queue's consumer pump. */
export interface ConsumerPumpOptions {
  readonly queue: LocalQueue;
  readonly invoke: InvokeConsumer;
  /** Messages per invocation (SQS event source: 1–10 without a batching window). */
  readonly batchSize: number;
  readonly region: string;
  readonly retry?: RetryDelayOptions;
  /** Told about every failed invocation, for logs; never changes delivery. */
  readonly onInvocationError?: (error: unknown, event: SQSEvent) => void;
  /** The queue's clock, so waits line up with its visibility times. */
  readonly now?: () => number;
}

/**
 * The event-source-mapping loop of one queue: receive up to `batchSize`, invoke, delete the
 * successes, release the failures with backoff. Each queue has its own pump, so a slow or failing
 * consumer only ever delays its own queue.
 *
 * @example
 * ```ts
 * const pump = new ConsumerPump({ queue, invoke: (event) => handler(event), batchSize: 10, region: 'us-east-1' });
 * pump.start();
 * await pump.stop();
 * ```
 */
export class ConsumerPump {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: ConsumerPumpOptions) {
    const { batchSize } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10) {
      throw new InvalidQueueOptionsError(`Queue ${options.queue.name}: batchSize must be an integer 1–10, got ${batchSize}.`);
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.queue.onAvailable(() => this.wake?.());
    this.loop = this.run();
  }

  /**
   * Stops pumping. An invocation still running is abandoned, not awaited: its messages stay
   * in flight and come back after a restart, exactly as if the process had died.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
  }

  /** Resolves when the loop has exited (after `stop`, once any running invocation settles). */
  async drained(): Promise<void> {
    await this.loop;
  }

  private async run(): Promise<void> {
    const { queue } = this.options;
    while (this.running) {
      const received = queue.receive(this.options.batchSize);
      if (received.length === 0) {
        await this.sleepUntil(queue.nextVisibleAt());
        continue;
      }
      const event = toSqsEvent(received, { queueArn: queue.arn, region: this.options.region });
      const outcome = await this.invoke(event);
      if (!this.running) return;
      for (const { message, receiptHandle } of received) {
        const failedReason = failureReason(outcome, message.messageId);
        if (failedReason === undefined) {
          queue.delete(receiptHandle);
        } else {
          queue.release(receiptHandle, {
            delayMs: retryDelayMs(message.receiveCount, this.options.retry),
            errorMessage: failedReason,
          });
        }
      }
    }
  }

  private async invoke(event: SQSEvent): Promise<BatchOutcome> {
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

  /** Waits until `at` (or indefinitely when undefined) unless the queue or `stop` wakes it first. */
  private sleepUntil(at: number | undefined): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      if (at !== undefined) timer = setTimeout(done, Math.max(0, at - (this.options.now ?? Date.now)()));
      this.wake = done;
    });
  }
}

function failureReason(outcome: BatchOutcome, messageId: string): string | undefined {
  if (outcome.kind === 'success') return undefined;
  if (outcome.kind === 'failure') return outcome.reason;
  return outcome.failed.has(messageId) ? outcome.reason : undefined;
}
