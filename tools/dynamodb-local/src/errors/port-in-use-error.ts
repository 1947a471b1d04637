import { DynamoDbLocalError } from './dynamodb-local-error';

/**
 * The requested port is taken (checked before the start, or reported by the JVM's BindException).
 * @example
 * new PortInUseError(8000); // "Port 8000 is already in use ..."
 */
export class PortInUseError extends DynamoDbLocalError {
  override name = 'PortInUseError';
  readonly port: number;

  constructor(port: number, options?: ErrorOptions) {
    super(
      'dynamodbLocal.portInUse',
      `Port ${port} is already in use, so DynamoDB Local cannot bind it (it listens on every interface). ` +
        'Stop the process holding it (`lsof -i :' +
        port +
        '`), choose another port, or omit `port` to get a free one.',
      options,
    );
    this.port = port;
  }
}
