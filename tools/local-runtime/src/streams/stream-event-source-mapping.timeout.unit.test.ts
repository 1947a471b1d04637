import { type FunctionDeclaration, localFunction, localResourceNames } from '@aircraftops/declarations';

import { createHarness } from './mapping-harness.fixtures.test';

// A consumer that never finishes: only its declared timeout ends the invocation.
const hanging: FunctionDeclaration = {
  name: 'stream-bridge-hanging',
  description: 'never answers',
  handler: { module: 'in-test', export: 'handler' },
  trigger: {
    kind: 'stream',
    table: 'CoreTable',
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0,
    parallelizationFactor: 1,
    maximumRetryAttempts: 1,
    maximumRecordAgeInSeconds: -1,
    bisectBatchOnFunctionError: false,
    reportBatchItemFailures: true,
    startingPosition: 'TRIM_HORIZON',
  },
  access: {},
  timeoutSeconds: 1,
  memoryMb: 128,
};

describe('a stream consumer that runs past its declared timeout', () => {
  it('is a function error: the batch is retried, then reported to the on-failure destination', async () => {
    const fn = localFunction(hanging, {
      app: 'stream-bridge',
      names: localResourceNames({ region: 'eu-west-1' }),
      local: { region: 'eu-west-1' },
      load: () => () => new Promise(() => undefined),
    });
    const harness = createHarness({ settings: { maximumRetryAttempts: 1 }, invoke: (event) => fn.invoke(event) });
    try {
      const written = harness.stream.write('shard-0001', { pk: 'slow' });
      await harness.mapping.start();
      await harness.mapping.idle();

      expect(harness.batches()).toEqual([[written], [written]]);
      expect(harness.failures).toHaveLength(1);
      expect(harness.failures[0]).toMatchObject({
        requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 },
        responseContext: { functionError: 'Unhandled' },
      });
    } finally {
      await harness.mapping.stop();
    }
  });
});
