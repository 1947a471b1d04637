import type { DeadLetter, EventBridgeEvent } from '@aircraftops/local-runtime';

/** An event as the bus delivers it, for formatter tests. */
export function busEvent(overrides: Partial<EventBridgeEvent> = {}): EventBridgeEvent {
  return {
    version: '0',
    id: '7f0a0c52-2d0e-4b8a-9a55-0f1f6d7a1c01',
    'detail-type': 'AircraftRegistered',
    source: 'aircraftops.aircraft',
    account: '000000000000',
    time: '2024-05-01T12:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: { metadata: { eventId: 'e-1', entity: { type: 'Aircraft', id: 'N12345', version: 1 } }, data: {} },
    ...overrides,
  };
}

export function deadLetter(event: EventBridgeEvent | string, errorMessage = 'consumer failed'): DeadLetter {
  return {
    messageId: 'b8a3f2de-0c43-4e2e-8f55-0d1c9a6f5e10',
    body: typeof event === 'string' ? event : JSON.stringify(event),
    md5OfBody: '0',
    attributes: {
      SentTimestamp: '1714564800000',
      SenderId: 'events.amazonaws.com',
      ApproximateReceiveCount: '3',
      ApproximateFirstReceiveTimestamp: '1714564800100',
      DeadLetterQueueSourceArn: 'arn:aws:sqs:us-east-1:000000000000:audit-all-events',
    },
    messageAttributes: {},
    failure: { rule: 'audit-all-events', queueArn: 'arn:aws:sqs:us-east-1:000000000000:audit-all-events', errorMessage, receiveCount: 3, deadLetteredAt: '2024-05-01T12:00:05.000Z' },
  };
}
