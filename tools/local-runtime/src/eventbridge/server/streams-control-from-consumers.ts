import type { StoredMessage } from '../../queues/stored-message';
import type { StreamConsumerSummary, StreamsControl } from './streams-control';
import { toStreamFailure } from './to-stream-failure';

/** What {@link streamsControlFrom} needs of a running stream consumer (the platform's `StartedStreamConsumer` fits). */
export interface StreamConsumerHandle {
  readonly name: string;
  readonly onFailure: { peek(): readonly Readonly<StoredMessage>[] };
  describe(): StreamConsumerSummary;
}

/**
 * A {@link StreamsControl} over the running consumers. `consumers` is read on every request, so the
 * server can start before the consumers do and show them once they run.
 *
 * @example
 * ```ts
 * let consumers: StartedStreamConsumer[] = [];
 * const server = await startEventBridgeServer({ bus, streams: streamsControlFrom(() => consumers) });
 * consumers = await startStreamConsumers(options);
 * ```
 */
export function streamsControlFrom(consumers: () => readonly StreamConsumerHandle[]): StreamsControl {
  return {
    describe: () => consumers().map((consumer) => consumer.describe()),
    failures: (name) => consumers().find((consumer) => consumer.name === name)?.onFailure.peek().map(toStreamFailure),
  };
}
