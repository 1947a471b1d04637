export { DEFAULT_OPTIONS, DEFAULT_SUITES, SUITE_NAMES } from './bench-options';
export type { BenchOptions, SuiteName } from './bench-options';
export { BENCH_USAGE, parseBenchArgs } from './parse-bench-args';
