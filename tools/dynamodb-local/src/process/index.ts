export { isProcessAlive, signalProcess, waitForProcessExit } from './is-process-alive';
export { OutputTail } from './output-tail';
export { readCommandLine } from './read-command-line';
export { type JvmExit, spawnWatchedJvm, type SpawnWatchedJvmOptions, type WatchedJvm } from './spawn-watched-jvm';
export { WATCHDOG_NAME, WATCHDOG_SCRIPT } from './watchdog-script';
