export {
  DynamoDbLocalError,
  type DynamoDbLocalErrorCode,
  EmulatorExitedError,
  InvalidOptionError,
  isDynamoDbLocalError,
  JarNotFoundError,
  JAVA_INSTALL_HINT,
  JavaNotFoundError,
  JavaVersionError,
  PortInUseError,
  StartupTimeoutError,
} from './errors';
export { type DynamoDbLocalJar, locateDynamoDbLocalJar } from './jar';
export { checkJava, isJavaAvailable, type JavaInstallation, type JavaVersion, MINIMUM_JAVA_MAJOR, parseJavaVersion } from './java';
export { buildJavaArgs, type DynamoDbLocal, LOCAL_CREDENTIALS, startDynamoDbLocal, type StartDynamoDbLocalOptions } from './launcher';
export { findFreePort, isPortFree } from './port';
export { type JvmExit } from './process';
export { listInstances, type PidRecord, reapOrphans, registryDir } from './registry';
export { WARM_UP_KEY, warmUpStreamTables } from './tables';
