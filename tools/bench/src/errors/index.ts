export { BenchError, BenchUsageError, ChildRunFailedError } from './bench-error';
export type { BenchErrorCode } from './bench-error';
