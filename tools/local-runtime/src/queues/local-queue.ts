import { createHash, randomUUID } from 'node:crypto';

import { QueueClosedError } from './errors';
import type { JournalRecord } from './journal-record';
import { QueueJournal } from './queue-journal';
import type { DeadLetter, ReceivedMessage, StoredMessage } from './stored-message';
import { toDeadLetter } from './to-dead-letter';
import { validateQueueOptions } from './validate-queue-options';

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
  /** Visible now. */
  readonly available: number;
  /** Received and not visible again yet (being processed, or failed and waiting for the visibility timeout). */
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
    validateQueueOptions(options);
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
   * Reports a failed delivery, as a Lambda event source mapping leaves it: the message stays invisible
   * until its visibility timeout ends (counted from its receive), then comes back or, when it has used
   * up `maxReceiveCount` receives, moves to the DLQ on the next receive — so a message that always fails
   * reaches the DLQ after `maxReceiveCount × visibility timeout`, as in SQS. `retryAfterMs` is the
   * opt-in fast-retry mode of tests: visible again after that long instead (never later than SQS would).
   */
  release(receiptHandle: string, failure: { readonly errorMessage: string; readonly retryAfterMs?: number }): 'retry' | 'stale' {
    this.assertOpen();
    const message = this.findByHandle(receiptHandle);
    const state = message && this.runtime.get(message.messageId);
    if (!message || !state) return 'stale';
    this.write({ op: 'fail', id: message.messageId, error: failure.errorMessage });
    message.lastError = failure.errorMessage;
    this.handles.delete(receiptHandle);
    state.receiptHandle = undefined;
    if (failure.retryAfterMs !== undefined) {
      state.visibleAt = Math.min(state.visibleAt, this.now() + Math.max(0, failure.retryAfterMs));
      this.notify();
    }
    return 'retry';
  }

  /**
   * Deletes a received message, but a copy survives and is delivered again at once with the same id and
   * body: SQS's at-least-once delivery of an already deleted message (chaos only). The copy's receive
   * count starts over: the copy that missed the delete never saw those receives ([inf]: SQS does not
   * document it). False when the handle is stale.
   */
  deleteAndRedeliver(receiptHandle: string): boolean {
    const message = this.findByHandle(receiptHandle);
    if (!message || !this.delete(receiptHandle)) return false;
    const copy: StoredMessage = { ...message, receiveCount: 0, firstReceiveTimestamp: undefined, lastError: undefined };
    this.write({ op: 'put', message: copy });
    this.messages.set(copy.messageId, copy);
    this.runtime.set(copy.messageId, { visibleAt: 0 });
    this.notify();
    return true;
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
      // SQS counts a message whose consumer failed as not visible until its visibility timeout ends.
      else if (state && state.visibleAt > now) inFlight += 1;
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

  /** The DLQ's messages, oldest first, as SQS redrove them, each with the runtime's local diagnostics. */
  deadLetters(): DeadLetter[] {
    return [...this.messages.values()].flatMap((message) => (message.deadLetter ? [toDeadLetter(message, message.deadLetter, this.arn)] : []));
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
