import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

import { EmulatorExitedError, StartupTimeoutError } from '../errors';
import type { WatchedJvm } from '../process';
import { settlesWithin } from './race-timeout';

/** DynamoDB Local rejects unsigned requests but accepts any credentials (and, with -sharedDb, any region). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/**
 * Polls a signed ListTables until DynamoDB Local answers.
 * @throws EmulatorExitedError when the JVM exits first; StartupTimeoutError after `timeoutMs`.
 * @example
 * await waitUntilReady({ endpoint: 'http://127.0.0.1:8000', jvm, timeoutMs: 30_000 });
 */
export const waitUntilReady = async (options: { endpoint: string; jvm: WatchedJvm; timeoutMs: number }): Promise<void> => {
  const { endpoint, jvm, timeoutMs } = options;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    for (;;) {
      if (jvm.hasExited()) {
        const { code, signal } = await jvm.exited;
        throw new EmulatorExitedError(code, signal, jvm.tail.lines());
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        return;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() >= deadline) throw new StartupTimeoutError(timeoutMs, endpoint, jvm.tail.lines(), { cause: lastError });
      await settlesWithin(jvm.exited, 100);
    }
  } finally {
    client.destroy();
  }
};
