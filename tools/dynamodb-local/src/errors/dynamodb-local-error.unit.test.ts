import { isDynamoDbLocalError } from './dynamodb-local-error';
import { PortInUseError } from './port-in-use-error';
import { EmulatorExitedError } from './startup-errors';

describe('isDynamoDbLocalError', () => {
  it('matches the launcher errors by code, and nothing else', () => {
    const error = new PortInUseError(8000);

    expect(isDynamoDbLocalError(error)).toBe(true);
    expect(isDynamoDbLocalError(error, 'dynamodbLocal.portInUse')).toBe(true);
    expect(isDynamoDbLocalError(error, 'dynamodbLocal.javaNotFound')).toBe(false);
    expect(isDynamoDbLocalError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isDynamoDbLocalError({ code: 'dynamodbLocal.portInUse' })).toBe(false);
  });

  it('keeps the name, and puts the JVM output into the message', () => {
    const error = new EmulatorExitedError(1, null, ['Caused by: java.net.BindException: Address already in use']);

    expect(error.name).toBe('EmulatorExitedError');
    expect(error.message).toBe(
      'DynamoDB Local exited before it was ready (exit code 1). Last JVM output:\nCaused by: java.net.BindException: Address already in use',
    );
  });
});
