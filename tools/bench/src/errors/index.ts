export { BenchError, BenchUsageError, ChildRunFailedError, IngesterUnavailableError } from './bench-error';
export type { BenchErrorCode } from './bench-error';
