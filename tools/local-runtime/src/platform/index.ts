export { buildFunctions, functionNamed, type PlatformFunctions } from './build-functions';
export type { PlatformOptions } from './platform-options';
export { type Platform, startPlatform } from './start-platform';
export type { StartedStreamConsumer } from './start-stream-consumers';
