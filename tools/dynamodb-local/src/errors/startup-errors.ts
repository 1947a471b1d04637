import { DynamoDbLocalError } from './dynamodb-local-error';

const withTail = (message: string, tail: readonly string[]): string =>
  tail.length === 0 ? `${message} The JVM printed nothing.` : `${message} Last JVM output:\n${tail.join('\n')}`;

/**
 * The JVM exited before DynamoDB Local answered.
 * @example
 * new EmulatorExitedError(1, null, ['java.net.BindException: Address already in use']);
 */
export class EmulatorExitedError extends DynamoDbLocalError {
  override name = 'EmulatorExitedError';
  readonly exitCode: number | null;
  readonly output: readonly string[];

  constructor(exitCode: number | null, signal: NodeJS.Signals | null, output: readonly string[]) {
    super(
      'dynamodbLocal.exitedEarly',
      withTail(`DynamoDB Local exited before it was ready (exit code ${exitCode}${signal ? `, signal ${signal}` : ''}).`, output),
    );
    this.exitCode = exitCode;
    this.output = output;
  }
}

/**
 * DynamoDB Local did not answer ListTables in time; the JVM has been stopped.
 * @example
 * new StartupTimeoutError(30_000, 'http://127.0.0.1:8000', []);
 */
export class StartupTimeoutError extends DynamoDbLocalError {
  override name = 'StartupTimeoutError';
  readonly output: readonly string[];

  constructor(timeoutMs: number, endpoint: string, output: readonly string[], options?: ErrorOptions) {
    super(
      'dynamodbLocal.startTimeout',
      withTail(`DynamoDB Local at ${endpoint} did not answer ListTables within ${timeoutMs} ms.`, output),
      options,
    );
    this.output = output;
  }
}

/**
 * An option value the launcher cannot use.
 * @example
 * new InvalidOptionError('port', 70000, 'an integer between 1 and 65535');
 */
export class InvalidOptionError extends DynamoDbLocalError {
  override name = 'InvalidOptionError';

  constructor(option: string, value: unknown, expected: string) {
    super('dynamodbLocal.invalidOption', `Invalid \`${option}\`: ${JSON.stringify(value)}; expected ${expected}.`);
  }
}
