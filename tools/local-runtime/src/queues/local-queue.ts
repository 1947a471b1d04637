import { createHash, randomUUID } from 'node:crypto';

import { InvalidQueueOptionsError, QueueClosedError } from './errors';
import type { JournalRecord } from './journal-record';
import { QueueJournal } from './queue-journal';
import type { DeadLetter, ReceivedMessage, StoredMessage } from './stored-message';

/** Options of one rule's queue (and its DLQ). */
export interface LocalQueueOptions {
  /** Queue name; the rule name. The DLQ is `<name>-dlq`. */
  readonly name: string;
  readonly region: string;
  readonly accountId: string;
  /** Seconds a received message stays invisible (SQS: 0–43200). */
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a failing message moves to the DLQ (SQS: 1–1000). */
  readonly maxReceiveCount: number;
  /** JSONL journal file; omit for an in-memory queue. */
  readonly journalPath?: string;
  /** SenderId attribute of sent messages. */
  readonly senderId?: string;
  readonly now?: () => number;
}

/** Message counts, named as the SQS console shows them. */
export interface QueueDepth {
  /** Visible now or waiting for their retry delay. */
  readonly available: number;
  /** Received and neither deleted nor released. */
  readonly inFlight: number;
  readonly deadLetters: number;
}

interface RuntimeState {
  visibleAt: number;
  receiptHandle?: string;
}

/**
 * One SQS standard queue with its redrive policy (DLQ), emulated in memory and optionally journaled
 * to disk. Every mutating call is durable when it returns.
 *
 * @example
 * ```ts
 * const queue = new LocalQueue({ name: 'audit-all', region: 'us-east-1', accountId: '000000000000',
 *   visibilityTimeoutSeconds: 30, maxReceiveCount: 3 });
 * queue.send(JSON.stringify(event));
 * const [received] = queue.receive(10);
 * if (received) queue.delete(received.receiptHandle);
 * ```
 */
export class LocalQueue {
  readonly name: string;
  readonly arn: string;
  readonly dlqArn: string;
  readonly visibilityTimeoutMs: number;
  readonly maxReceiveCount: number;

  private readonly messages = new Map<string, StoredMessage>();
  private readonly runtime = new Map<string, RuntimeState>();
  /** receipt handle → message id, so delete/release stay O(1) on deep queues. */
  private readonly handles = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private readonly journal: QueueJournal | undefined;
  private readonly senderId: string;
  private readonly now: () => number;
  private closed = false;

  constructor(options: LocalQueueOptions) {
    validateOptions(options);
    this.name = options.name;
    this.arn = `arn:aws:sqs:${options.region}:${options.accountId}:${options.name}`;
    this.dlqArn = `${this.arn}-dlq`;
    this.visibilityTimeoutMs = options.visibilityTimeoutSeconds * 1000;
    this.maxReceiveCount = options.maxReceiveCount;
    this.senderId = options.senderId ?? 'events.amazonaws.com';
    this.now = options.now ?? Date.now;
    if (options.journalPath) {
      const { journal, messages } = QueueJournal.open(options.journalPath);
      this.journal = journal;
      for (const message of messages) {
        this.messages.set(message.messageId, message);
        // In-flight before the restart means visible now, as after an SQS visibility timeout.
        this.runtime.set(message.messageId, { visibleAt: 0 });
      }
    }
  }

  /** Enqueues a body; when it returns the message is journaled. */
  send(body: string): Readonly<StoredMessage> {
    this.assertOpen();
    const message: StoredMessage = {
      messageId: randomUUID(),
      body,
      md5OfBody: createHash('md5').update(body).digest('hex'),
      sentTimestamp: this.now(),
      senderId: this.senderId,
      receiveCount: 0,
    };
    this.write({ op: 'put', message });
    this.messages.set(message.messageId, message);
    this.runtime.set(message.messageId, { visibleAt: 0 });
    this.notify();
    return message;
  }

  /**
   * Receives up to `max` visible messages (oldest first) and hides them for the visibility timeout.
   * A message already received `maxReceiveCount` times that comes back visible without having been
   * released (its consumer never answered) moves to the DLQ here, as SQS does.
   */
  receive(max: number): ReceivedMessage[] {
    this.assertOpen();
    const now = this.now();
    const received: ReceivedMessage[] = [];
    for (const message of this.messages.values()) {
      if (received.length >= max) break;
      const state = this.runtime.get(message.messageId);
      if (message.deadLetter || !state || state.visibleAt > now) continue;
      if (message.receiveCount >= this.maxReceiveCount) {
        this.deadLetter(message, message.lastError ?? 'Visibility timeout expired before the message was deleted.');
        continue;
      }
      this.write({ op: 'receive', id: message.messageId, at: now });
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
      if (state.receiptHandle) this.handles.delete(state.receiptHandle);
      state.receiptHandle = randomUUID();
      this.handles.set(state.receiptHandle, message.messageId);
      state.visibleAt = now + this.visibilityTimeoutMs;
      received.push({ message, receiptHandle: state.receiptHandle });
    }
    return received;
  }

  /** Deletes a received message. False when the handle is stale (the message was received again since). */
  delete(receiptHandle: string): boolean {
    this.assertOpen();
    const message = this.findByHandle(receiptHandle);
    if (!message) return false;
    this.write({ op: 'delete', id: message.messageId });
    this.messages.delete(message.messageId);
    this.runtime.delete(message.messageId);
    this.handles.delete(receiptHandle);
    return true;
  }

  /**
   * Reports a failed delivery: the message becomes visible again after `delayMs` (capped at the
   * visibility timeout), or moves to the DLQ when it has used up `maxReceiveCount` receives.
   */
  release(receiptHandle: string, failure: { readonly delayMs: number; readonly errorMessage: string }): 'retry' | 'dead-lettered' | 'stale' {
    this.assertOpen();
    const message = this.findByHandle(receiptHandle);
    if (!message) return 'stale';
    if (message.receiveCount >= this.maxReceiveCount) {
      this.deadLetter(message, failure.errorMessage);
      return 'dead-lettered';
    }
    this.write({ op: 'fail', id: message.messageId, error: failure.errorMessage });
    message.lastError = failure.errorMessage;
    this.handles.delete(receiptHandle);
    this.runtime.set(message.messageId, {
      visibleAt: this.now() + Math.min(Math.max(0, failure.delayMs), this.visibilityTimeoutMs),
    });
    this.notify();
    return 'retry';
  }

  /** Epoch ms when the next hidden message becomes visible; undefined when none is waiting. */
  nextVisibleAt(): number | undefined {
    let next: number | undefined;
    for (const [id, state] of this.runtime) {
      if (this.messages.get(id)?.deadLetter) continue;
      if (next === undefined || state.visibleAt < next) next = state.visibleAt;
    }
    return next;
  }

  /** Calls `listener` whenever a message may have become receivable (send, release, redrive). */
  onAvailable(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  depth(): QueueDepth {
    const now = this.now();
    let available = 0;
    let inFlight = 0;
    let deadLetters = 0;
    for (const message of this.messages.values()) {
      const state = this.runtime.get(message.messageId);
      if (message.deadLetter) deadLetters += 1;
      else if (state?.receiptHandle && state.visibleAt > now) inFlight += 1;
      else available += 1;
    }
    return { available, inFlight, deadLetters };
  }

  /**
   * The queue's messages (not the DLQ's), oldest first, without receiving them: for inspecting a
   * queue nobody consumes, like a stream mapping's on-failure destination.
   */
  peek(): Readonly<StoredMessage>[] {
    return [...this.messages.values()].filter((message) => !message.deadLetter).map((message) => ({ ...message }));
  }

  /** The DLQ's messages, oldest first, with their full payload and failure details. */
  deadLetters(): DeadLetter[] {
    return [...this.messages.values()].flatMap((message) =>
      message.deadLetter
        ? [
            {
              messageId: message.messageId,
              body: message.body,
              md5OfBody: message.md5OfBody,
              attributes: {
                SentTimestamp: String(message.sentTimestamp),
                SenderId: message.senderId,
                ApproximateReceiveCount: String(message.receiveCount),
                ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
              },
              failure: message.deadLetter,
            },
          ]
        : [],
    );
  }

  /** Moves every DLQ message back to the queue with its receive count reset; returns how many. */
  redrive(): number {
    this.assertOpen();
    let count = 0;
    for (const message of this.messages.values()) {
      if (!message.deadLetter) continue;
      this.write({ op: 'redrive', id: message.messageId });
      message.deadLetter = undefined;
      message.receiveCount = 0;
      message.firstReceiveTimestamp = undefined;
      message.lastError = undefined;
      this.runtime.set(message.messageId, { visibleAt: 0 });
      count += 1;
    }
    if (count > 0) this.notify();
    return count;
  }

  /** Stops accepting calls and closes the journal. In-flight messages stay stored for the next start. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.journal?.close();
  }

  private deadLetter(message: StoredMessage, errorMessage: string): void {
    const failure = {
      rule: this.name,
      queueArn: this.arn,
      errorMessage,
      receiveCount: message.receiveCount,
      deadLetteredAt: new Date(this.now()).toISOString(),
    };
    this.write({ op: 'dead', id: message.messageId, failure });
    message.deadLetter = failure;
    message.lastError = errorMessage;
    const handle = this.runtime.get(message.messageId)?.receiptHandle;
    if (handle) this.handles.delete(handle);
    this.runtime.delete(message.messageId);
  }

  private findByHandle(receiptHandle: string): StoredMessage | undefined {
    const id = this.handles.get(receiptHandle);
    return id === undefined ? undefined : this.messages.get(id);
  }

  private write(record: JournalRecord): void {
    this.journal?.append(record);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private assertOpen(): void {
    if (this.closed) throw new QueueClosedError(this.name);
  }
}

function validateOptions(options: LocalQueueOptions): void {
  if (!/^[A-Za-z0-9_-]{1,76}$/.test(options.name)) {
    // 80 characters is the SQS limit; 76 leaves room for the `-dlq` suffix.
    throw new InvalidQueueOptionsError(
      `Queue name "${options.name}" is not valid: use 1–76 letters, digits, "-" or "_".`,
    );
  }
  const { visibilityTimeoutSeconds: timeout, maxReceiveCount: max } = options;
  if (!Number.isFinite(timeout) || timeout < 0 || timeout > 43_200) {
    throw new InvalidQueueOptionsError(`Queue ${options.name}: visibilityTimeoutSeconds must be 0–43200, got ${timeout}.`);
  }
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw new InvalidQueueOptionsError(`Queue ${options.name}: maxReceiveCount must be an integer 1–1000, got ${max}.`);
  }
}
