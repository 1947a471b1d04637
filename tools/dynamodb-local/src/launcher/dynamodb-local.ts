import type { JvmExit } from '../process';

/** Options of {@link startDynamoDbLocal}; every one is optional. */
export interface StartDynamoDbLocalOptions {
  /** A fixed port (fails with PortInUseError when taken). Default: a free port, retried on a bind race. */
  readonly port?: number;
  /** Persist to `<persistDir>/shared-local-instance.db` (created if missing) instead of `-inMemory`. */
  readonly persistDir?: string;
  /** The Java executable. Default: `$JAVA_HOME/bin/java`, else `java` on PATH. */
  readonly javaBin?: string;
  /** Receives every line the JVM prints. */
  readonly log?: (line: string) => void;
  /** A DynamoDB Local distribution folder (DynamoDBLocal.jar + DynamoDBLocal_lib/). Default: the npm package's. */
  readonly jarDir?: string;
  /** How long to wait for the first answer to ListTables. Default 30 s (a cold start can take 9 s). */
  readonly startTimeoutMs?: number;
  /** SIGTERM → SIGKILL delay in stop(). Default 3 s in memory, 10 s when persisted (time to flush). */
  readonly stopGraceMs?: number;
}

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  /** e.g. `http://127.0.0.1:40123` (IPv4: the JVM listens on 0.0.0.0 only). */
  readonly endpoint: string;
  readonly port: number;
  /** The JVM's pid. */
  readonly pid: number;
  readonly persistDir?: string;
  /** Settles when the JVM has exited, whether through stop() or a crash. */
  readonly exited: Promise<JvmExit>;
  /** SIGTERM, SIGKILL after the grace period; resolves once the JVM is gone. Idempotent. */
  stop(): Promise<void>;
}
