import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isDynamoDbLocalError, JavaNotFoundError, JavaVersionError } from '../errors';
import { checkJava, isJavaAvailable } from './check-java';

/** A fake `java` that prints `output` on stderr, as the real one does for -version. */
const fakeJava = (dir: string, name: string, output: string, mode = 0o755): string => {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho '${output}' >&2\n`);
  chmodSync(path, mode);
  return path;
};

describe('checkJava', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-java-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a missing executable with the path, its origin and how to install Java 17', async () => {
    const error = await checkJava({ javaBin: join(dir, 'missing', 'java') }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(JavaNotFoundError);
    expect(isDynamoDbLocalError(error, 'dynamodbLocal.javaNotFound')).toBe(true);
    expect((error as Error).message).toContain(`Java not found: "${join(dir, 'missing', 'java')}" (from the javaBin option)`);
    expect((error as Error).message).toContain('apt-get install openjdk-17-jre-headless');
  });

  it('names JAVA_HOME when the executable came from it', async () => {
    await expect(checkJava({ env: { JAVA_HOME: join(dir, 'no-jdk') } })).rejects.toThrow(
      `Java not found: "${join(dir, 'no-jdk', 'bin', 'java')}" (from JAVA_HOME=${join(dir, 'no-jdk')})`,
    );
  });

  it('rejects a file that is not executable', async () => {
    const javaBin = fakeJava(dir, 'not-executable', 'openjdk version "17.0.1"', 0o644);

    await expect(checkJava({ javaBin })).rejects.toThrow(`Java is not executable: "${javaBin}"`);
  });

  it('rejects Java 8 with the version found and the version required', async () => {
    const javaBin = fakeJava(dir, 'java8', 'java version "1.8.0_392"');

    const error = await checkJava({ javaBin }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(JavaVersionError);
    expect((error as Error).message).toContain(`Java 17+ is required, but "${javaBin}" (from the javaBin option) is version 1.8.0_392 (major 8)`);
  });

  it('rejects an executable whose version it cannot read', async () => {
    const javaBin = fakeJava(dir, 'garbage', 'hello');

    await expect(checkJava({ javaBin })).rejects.toThrow(JavaVersionError);
  });

  it('accepts Java 17 or newer and reports its version', async () => {
    const javaBin = fakeJava(dir, 'java21', 'openjdk version "21.0.2" 2024-01-16');

    await expect(checkJava({ javaBin })).resolves.toEqual({ javaBin, version: '21.0.2', major: 21 });
    await expect(isJavaAvailable(javaBin)).resolves.toBe(true);
    await expect(isJavaAvailable(join(dir, 'missing'))).resolves.toBe(false);
  });
});
