import { DynamoDbLocalError } from './dynamodb-local-error';

/** How to get a suitable Java, appended to every Java error. */
export const JAVA_INSTALL_HINT =
  'DynamoDB Local needs Java 17 or newer. Install it (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; ' +
  'macOS: `brew install openjdk@17`), or point JAVA_HOME or the `javaBin` option at a Java 17+ installation.';

/**
 * The Java executable could not be run (missing, not executable, or failing on `-version`).
 * @example
 * new JavaNotFoundError('/opt/jdk/bin/java', 'the javaBin option'); // message names the path and its origin
 */
export class JavaNotFoundError extends DynamoDbLocalError {
  override name = 'JavaNotFoundError';
  readonly javaBin: string;

  constructor(javaBin: string, origin: string, reason = 'not found', options?: ErrorOptions) {
    super('dynamodbLocal.javaNotFound', `Java ${reason}: "${javaBin}" (from ${origin}). ${JAVA_INSTALL_HINT}`, options);
    this.javaBin = javaBin;
  }
}

/**
 * The Java found is older than required, or its version could not be read.
 * @example
 * new JavaVersionError('/usr/bin/java', 'PATH', '1.8.0_392', 8, 17);
 */
export class JavaVersionError extends DynamoDbLocalError {
  override name = 'JavaVersionError';
  readonly javaBin: string;
  readonly version: string | undefined;

  constructor(javaBin: string, origin: string, version: string | undefined, major: number | undefined, minimum: number) {
    super(
      'dynamodbLocal.javaVersion',
      version === undefined
        ? `Could not read the version of "${javaBin}" (from ${origin}) from its \`-version\` output. ${JAVA_INSTALL_HINT}`
        : `Java ${minimum}+ is required, but "${javaBin}" (from ${origin}) is version ${version} (major ${major}). ${JAVA_INSTALL_HINT}`,
    );
    this.javaBin = javaBin;
    this.version = version;
  }
}
