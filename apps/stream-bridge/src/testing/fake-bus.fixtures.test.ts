import { createEventPublisher } from '@aircraftops/events';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';

import type { BridgeLogger } from '../use-cases';

export interface PublishedEvent {
  readonly detailType: string;
  readonly eventId: string;
  readonly entityId: string;
}

const describeEntry = (entry: PutEventsRequestEntry): PublishedEvent => {
  const detail = JSON.parse(entry.Detail ?? '{}') as { metadata: { eventId: string; entity: { id: string } } };
  return { detailType: entry.DetailType ?? '', eventId: detail.metadata.eventId, entityId: detail.metadata.entity.id };
};

/**
 * EventBridge mocked at the SDK client (aws-sdk-client-mock), behind the real publisher: `fail(detailType)`
 * answers that entry with `errorCode`. `published` lists the entries EventBridge accepted, in order.
 */
export function fakeBus(fail: (event: PublishedEvent) => string | undefined = () => undefined) {
  const client = new EventBridgeClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const mock = mockClient(client);
  const published: PublishedEvent[] = [];
  const calls: PublishedEvent[][] = [];
  mock.on(PutEventsCommand).callsFake((input: { Entries: PutEventsRequestEntry[] }) => {
    const events = input.Entries.map(describeEntry);
    calls.push(events);
    const Entries = events.map((event) => {
      const errorCode = fail(event);
      if (errorCode) return { ErrorCode: errorCode, ErrorMessage: `${errorCode} for ${event.detailType}` };
      published.push(event);
      return { EventId: `bus-${published.length}` };
    });
    return { FailedEntryCount: Entries.filter((entry) => 'ErrorCode' in entry).length, Entries };
  });
  const publisher = createEventPublisher({ client, eventBusName: 'aircraftops', haltOnFailure: true, sleep: async () => undefined });
  return { client, mock, publisher, published, calls };
}

/** A logger that remembers what it was told. */
export function recordingLogger() {
  const lines: { level: 'error' | 'warn' | 'debug'; message: string; details: Record<string, unknown> }[] = [];
  const logger: BridgeLogger = {
    error: (message, details) => lines.push({ level: 'error', message, details }),
    warn: (message, details) => lines.push({ level: 'warn', message, details }),
    debug: (message, details) => lines.push({ level: 'debug', message, details }),
  };
  return { logger, lines };
}
