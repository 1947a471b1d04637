import { type FunctionDeclaration, localFunction, localResourceNames } from '@aircraftops/declarations';

import { waitFor } from './async.fixtures.test';
import { ConsumerPump } from './consumer-pump';
import { LocalQueue } from './local-queue';

// A consumer that never finishes: only its declared timeout ends the invocation.
const hanging: FunctionDeclaration = {
  name: 'audit-hanging',
  description: 'never answers',
  handler: { module: 'in-test', export: 'handler' },
  trigger: {
    kind: 'subscription',
    eventPattern: { source: ['x'] },
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0,
    maxReceiveCount: 2,
    visibilityTimeoutSeconds: 6,
    reportBatchItemFailures: true,
  },
  access: {},
  timeoutSeconds: 1,
  memoryMb: 128,
};

describe('a consumer that runs past its declared timeout', () => {
  it('fails the invocation as Lambda does: the message waits out its visibility timeout, then is dead-lettered with "Task timed out"', async () => {
    // maxReceiveCount 1: one timed-out receive, then the DLQ once the 6 s visibility timeout has passed.
    const queue = new LocalQueue({ name: 'audit-hanging', region: 'us-east-1', accountId: '123456789012', visibilityTimeoutSeconds: 6, maxReceiveCount: 1 });
    const fn = localFunction(hanging, {
      app: 'audit',
      names: localResourceNames({ region: 'us-east-1' }),
      local: { region: 'us-east-1' },
      load: () => () => new Promise(() => undefined),
    });
    const pump = new ConsumerPump({ queue, batchSize: 10, region: 'us-east-1', invoke: (event) => fn.invoke(event) });
    const sentAt = Date.now();
    queue.send('{"id":"e-1"}');
    pump.start();
    try {
      await waitFor(() => queue.deadLetters(), (dead) => dead.length === 1, 15_000);
    } finally {
      await pump.stop();
    }

    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(6_000 - 50);
    expect(queue.deadLetters()[0]?.failure).toMatchObject({ receiveCount: 1, errorMessage: expect.stringContaining('Task timed out after 1.00 seconds') });
  }, 20_000);
});
