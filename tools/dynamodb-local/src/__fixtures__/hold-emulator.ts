/**
 * Test fixture: starts DynamoDB Local, prints `{"pid":…,"port":…}` and holds it until it is killed. The
 * orphan tests kill this process (SIGKILL, SIGTERM) and check that the JVM does not survive it.
 */
import { startDynamoDbLocal } from '../launcher';

const main = async (): Promise<void> => {
  const ddb = await startDynamoDbLocal();
  process.stdout.write(`${JSON.stringify({ pid: ddb.pid, port: ddb.port })}\n`);
  // Keep the process alive until a signal ends it.
  setInterval(() => undefined, 60_000);
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
