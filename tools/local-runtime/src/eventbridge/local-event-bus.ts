import { randomUUID } from 'node:crypto';
import { join } from 'node:path';


import type { Chaos } from '../chaos';
import { ConsumerPump, LocalQueue } from '../queues';
import type { DeadLetter, InvokeConsumer, RetryDelayOptions } from '../queues';
import { buildEvent } from './build-event';
import { BusClosedError, DuplicateRuleError, InvalidBusRequestError, UnknownRuleError } from './errors';
import { EventArchive } from './event-archive';
import { compilePattern } from './compile-pattern';
import type { CompiledPattern } from './compile-pattern';
import type { EventBridgeEvent, PatternMatcher } from './event-bridge-event';
import type { LocalRule, LocalSubscription, RuleSummary } from './local-rule';
import type { PutEventsEntry, PutEventsResult, PutEventsResultEntry } from './put-events-entry';
import { validateEntry } from './validate-entry';
import { validatePutEventsRequest } from './validate-put-events-request';

/** Options of the local bus. */
export interface LocalEventBusOptions {
  /** Bus name (default `aircraftops`). */
  readonly name?: string;
  readonly region?: string;
  readonly accountId?: string;
  /** The event-pattern matcher: `{ match: testEventPattern, compile: compileEventPattern }` from `@aircraftops/events`. */
  readonly matcher: PatternMatcher;
  /** Directory for the archive and queue journals; omit to keep everything in memory. */
  readonly persistDir?: string;
  /**
   * Opt-in fast-retry mode (tests): a failed message comes back after this backoff instead of after its
   * queue's visibility timeout. Omitted (the default, and `npm start`): SQS behaviour.
   */
  readonly retry?: RetryDelayOptions;
  /** Faults to inject (PutEvents entry failures, consumer throttles, duplicates, redeliveries); none when omitted. */
  readonly chaos?: Chaos;
  /** Told about each failed consumer invocation (for logs). */
  readonly onInvocationError?: (rule: string, error: unknown) => void;
  readonly now?: () => number;
}

/** A replay request: archived events accepted in [from, to], to all rules or one. */
export interface ReplayRequest {
  readonly from: Date | string | number;
  readonly to: Date | string | number;
  readonly rule?: string;
  /** Written into each event's `replay-name` (default `local-replay-<timestamp>`). */
  readonly name?: string;
}

/**
 * The local EventBridge bus: validates and accepts PutEvents entries, archives every event, and
 * enqueues it on the queue of each rule whose pattern matches; one consumer pump per queue.
 *
 * @example
 * ```ts
 * const bus = new LocalEventBus({ matcher: { match: testEventPattern, compile: compileEventPattern }, persistDir: '.local/bus' });
 * bus.addRule(subscription, (event) => handler(event, context));
 * bus.putEvents([{ EventBusName: 'aircraftops', Source: 'aircraftops.aircraft', DetailType: 'AircraftRegistered', Detail: '{}' }]);
 * await bus.close();
 * ```
 */
export class LocalEventBus {
  readonly name: string;
  readonly region: string;
  readonly accountId: string;
  readonly arn: string;

  private readonly rules = new Map<string, LocalRule>();
  private readonly listeners = new Set<(event: EventBridgeEvent) => void>();
  private readonly archive: EventArchive;
  private readonly now: () => number;
  private closed = false;

  constructor(private readonly options: LocalEventBusOptions) {
    this.name = options.name ?? 'aircraftops';
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    this.arn = `arn:aws:events:${this.region}:${this.accountId}:event-bus/${this.name}`;
    this.now = options.now ?? Date.now;
    this.archive = new EventArchive(options.persistDir ? join(options.persistDir, 'archive.jsonl') : undefined);
  }

  /**
   * Creates the rule, its queue and DLQ (reloading their journal when persisted) and starts its
   * consumer pump. The pattern is validated here, once.
   */
  addRule(subscription: LocalSubscription, invoke: InvokeConsumer): void {
    this.assertOpen();
    if (this.rules.has(subscription.name)) throw new DuplicateRuleError(subscription.name);
    const compiled = compilePattern(subscription.eventPattern, this.options.matcher);
    const queue = new LocalQueue({
      name: subscription.name,
      region: this.region,
      accountId: this.accountId,
      visibilityTimeoutSeconds: subscription.visibilityTimeoutSeconds,
      maxReceiveCount: subscription.maxReceiveCount,
      journalPath: this.options.persistDir ? join(this.options.persistDir, 'queues', `${subscription.name}.jsonl`) : undefined,
      now: this.now,
    });
    const chaos = this.options.chaos;
    let pump: ConsumerPump;
    try {
      pump = new ConsumerPump({
        queue,
        invoke,
        batchSize: subscription.batchSize,
        maximumBatchingWindowInSeconds: subscription.maximumBatchingWindowInSeconds,
        maximumConcurrency: subscription.maximumConcurrency,
        region: this.region,
        fastRetry: this.options.retry,
        chaos: chaos && { throttle: () => chaos.inject('consumerThrottle'), redeliver: () => chaos.inject('redelivery') },
        onInvocationError: (error) => this.options.onInvocationError?.(subscription.name, error),
        now: this.now,
      });
    } catch (error) {
      queue.close();
      throw error;
    }
    this.rules.set(subscription.name, { name: subscription.name, description: subscription.description, compiled, subscription, queue, pump });
    pump.start();
  }

  /**
   * PutEvents: request-level problems throw {@link InvalidBusRequestError} (AWS: HTTP 400);
   * per-entry problems come back in `Entries`, in request order. An event is archived and
   * enqueued (durably, when persisted) before this returns.
   */
  putEvents(entries: unknown): PutEventsResult {
    this.assertOpen();
    validatePutEventsRequest(entries);
    const results = entries.map((entry): PutEventsResultEntry => this.acceptEntry(entry));
    return { FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length, Entries: results };
  }

  /** Calls `listener` with every accepted event (live tail). Returns the unsubscribe function. */
  onEvent(listener: (event: EventBridgeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** TestEventPattern: validates the pattern (throws InvalidEventPatternError) and matches the event. */
  testEventPattern(pattern: unknown, event: Readonly<Record<string, unknown>>): boolean {
    return compilePattern(pattern, this.options.matcher).matches(event);
  }

  /** Validates a pattern outside any rule (the tail filter uses it). */
  compilePattern(pattern: unknown): CompiledPattern {
    return compilePattern(pattern, this.options.matcher);
  }

  /**
   * Re-delivers archived events accepted in [from, to] to the matching rules (all, or `rule`),
   * with `replay-name` added as AWS does. Returns how many events were re-delivered to at least one rule.
   */
  async replay(request: ReplayRequest): Promise<number> {
    this.assertOpen();
    const from = toEpochMs(request.from, 'from');
    const to = toEpochMs(request.to, 'to');
    if (from > to) throw new InvalidBusRequestError(`Replay range is empty: from (${new Date(from).toISOString()}) is after to (${new Date(to).toISOString()}).`);
    const targets = request.rule ? [this.getRule(request.rule)] : [...this.rules.values()];
    const replayName = request.name ?? `local-replay-${new Date(this.now()).toISOString()}`;
    let count = 0;
    for await (const { event } of this.archive.between(from, to)) {
      // The bus may close while a long replay streams the archive.
      this.assertOpen();
      const replayed: EventBridgeEvent = { ...event, 'replay-name': replayName };
      const matched = targets.filter((rule) => rule.compiled.matches(event));
      for (const rule of matched) rule.queue.send(JSON.stringify(replayed));
      if (matched.length > 0) count += 1;
    }
    return count;
  }

  /** The rule's DLQ messages with their full payload and failure attributes. */
  listDeadLetters(rule: string): DeadLetter[] {
    return this.getRule(rule).queue.deadLetters();
  }

  /** Moves the rule's DLQ messages back to its queue (receive count reset). Returns how many. */
  redrive(rule: string): number {
    this.assertOpen();
    return this.getRule(rule).queue.redrive();
  }

  describeRules(): RuleSummary[] {
    return [...this.rules.values()].map(({ name, description, compiled, subscription, queue, pump }) => ({
      name,
      description,
      eventPattern: compiled.pattern,
      queueArn: queue.arn,
      dlqArn: queue.dlqArn,
      batchSize: subscription.batchSize,
      maxReceiveCount: subscription.maxReceiveCount,
      visibilityTimeoutSeconds: subscription.visibilityTimeoutSeconds,
      maximumConcurrency: pump.maximumConcurrency,
      maximumBatchingWindowInSeconds: subscription.maximumBatchingWindowInSeconds ?? 0,
      ...queue.depth(),
    }));
  }

  hasRule(rule: string): boolean {
    return this.rules.has(rule);
  }

  /** The faults this bus injects (and has injected so far), when it runs under chaos. */
  get chaos(): Chaos | undefined {
    return this.options.chaos;
  }

  /** Number of archived events. */
  get archiveSize(): number {
    return this.archive.size;
  }

  /**
   * Stops every pump and closes queues and archive. Invocations still running are abandoned:
   * their messages were never deleted, so a restart on the same `persistDir` delivers them again.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.rules.values()].map((rule) => rule.pump.stop()));
    for (const rule of this.rules.values()) rule.queue.close();
    this.archive.close();
    this.listeners.clear();
  }

  private acceptEntry(entry: PutEventsEntry): PutEventsResultEntry {
    const checked = validateEntry(entry);
    if ('error' in checked) return checked.error;
    if (!this.isThisBus(entry.EventBusName)) {
      // [inf] AWS answers a missing bus per entry; the exact code is not in our recordings.
      return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${entry.EventBusName ?? 'default'} does not exist.` };
    }
    const injected = this.injectedEntryFailure();
    if (injected) return injected;
    const receivedAt = this.now();
    const event = buildEvent(entry as PutEventsEntry & { Source: string; DetailType: string }, checked.detail, {
      id: randomUUID(),
      account: this.accountId,
      region: this.region,
      receivedAt,
    });
    let matched: LocalRule[];
    try {
      matched = [...this.rules.values()].filter((rule) => rule.compiled.matches(event));
    } catch {
      return { ErrorCode: 'InternalFailure', ErrorMessage: 'Internal Service Failure' };
    }
    this.archive.append(event, receivedAt);
    const body = JSON.stringify(event);
    for (const rule of matched) {
      rule.queue.send(body);
      // EventBridge delivers to targets at least once: chaos sends some events to a queue twice.
      if (this.options.chaos?.inject('duplicateDelivery')) rule.queue.send(body);
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken tail client must never fail a PutEvents.
      }
    }
    return { EventId: event.id };
  }

  /** Chaos: an entry EventBridge could not take, answered as AWS answers it (FailedEntryCount > 0). */
  private injectedEntryFailure(): PutEventsResultEntry | undefined {
    const chaos = this.options.chaos;
    if (!chaos?.inject('putEventsFailure')) return undefined;
    return chaos.choose('putEventsFailure', [
      { ErrorCode: 'InternalFailure', ErrorMessage: 'Internal Service Failure' },
      // [inf] The per-entry throttling message is not in our recordings; the code is documented (PutEventsResultEntry).
      { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' },
    ]);
  }

  private isThisBus(busName: string | undefined): boolean {
    return busName === this.name || busName === this.arn;
  }

  private getRule(name: string): LocalRule {
    const rule = this.rules.get(name);
    if (!rule) throw new UnknownRuleError(name, this.name);
    return rule;
  }

  private assertOpen(): void {
    if (this.closed) throw new BusClosedError(this.name);
  }
}

function toEpochMs(value: Date | string | number, field: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new InvalidBusRequestError(`Replay ${field} is not a valid time: ${JSON.stringify(value)}.`);
  return ms;
}
