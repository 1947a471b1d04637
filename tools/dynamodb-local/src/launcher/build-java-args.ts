import type { DynamoDbLocalJar } from '../jar';

/**
 * The JVM command line for DynamoDB Local (flags explained in README.md).
 * @example
 * buildJavaArgs({ jar, port: 8000 }); // [..., '-jar', '<jar>', '-sharedDb', '-disableTelemetry', '-port', '8000', '-inMemory']
 */
export const buildJavaArgs = (options: { jar: DynamoDbLocalJar; port: number; persistDir?: string }): string[] => [
  // C1 only: faster start-up and short runs (the full JIT only pays off on long bulk loads).
  '-XX:TieredStopAtLevel=1',
  '-Xmx256m',
  `-Djava.library.path=${options.jar.libDir}`,
  '-jar',
  options.jar.jar,
  // One database for every access key and region (otherwise each pair sees its own tables).
  '-sharedDb',
  '-disableTelemetry',
  '-port',
  String(options.port),
  ...(options.persistDir === undefined ? ['-inMemory'] : ['-dbPath', options.persistDir]),
];
