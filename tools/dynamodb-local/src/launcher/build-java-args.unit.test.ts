import { buildJavaArgs } from './build-java-args';

const jar = { dir: '/d', jar: '/d/DynamoDBLocal.jar', libDir: '/d/DynamoDBLocal_lib' };

describe('buildJavaArgs', () => {
  it('runs the jar in memory, shared across credentials, without telemetry, on the given port', () => {
    expect(buildJavaArgs({ jar, port: 8123 })).toEqual([
      '-XX:TieredStopAtLevel=1',
      '-Xmx256m',
      '-Djava.library.path=/d/DynamoDBLocal_lib',
      '-jar',
      '/d/DynamoDBLocal.jar',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      '8123',
      '-inMemory',
    ]);
  });

  it('persists to the given folder instead of memory', () => {
    const args = buildJavaArgs({ jar, port: 8123, persistDir: '/data/ddb' });

    expect(args.slice(-2)).toEqual(['-dbPath', '/data/ddb']);
    expect(args).not.toContain('-inMemory');
  });
});
