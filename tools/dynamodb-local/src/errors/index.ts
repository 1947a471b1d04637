export { DynamoDbLocalError, type DynamoDbLocalErrorCode, isDynamoDbLocalError } from './dynamodb-local-error';
export { JarNotFoundError } from './jar-not-found-error';
export { JAVA_INSTALL_HINT, JavaNotFoundError, JavaVersionError } from './java-errors';
export { PortInUseError } from './port-in-use-error';
export { EmulatorExitedError, InvalidOptionError, StartupTimeoutError } from './startup-errors';
