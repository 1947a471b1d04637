/** Codes callers (and the entry point's exit code) branch on. */
export type BenchErrorCode = 'bench.usage' | 'bench.childFailed';

/**
 * Base error of the benchmark harness.
 *
 * @example
 * ```ts
 * if (BenchError.is(error) && error.code === 'bench.usage') process.exitCode = 2;
 * ```
 */
export class BenchError extends Error {
  override readonly name: string = 'BenchError';

  constructor(
    readonly code: BenchErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** Structural guard: safe across duplicated module copies, unlike `instanceof`. */
  static is(error: unknown): error is BenchError {
    if (!(error instanceof Error)) return false;
    const code: unknown = (error as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('bench.');
  }
}

/**
 * A command line the harness refuses before starting anything (exit code 2).
 *
 * @example
 * ```ts
 * throw new BenchUsageError('--rows "abc" must be a whole number from 1 to 915,399.');
 * ```
 */
export class BenchUsageError extends BenchError {
  override readonly name = 'BenchUsageError';

  constructor(message: string, options?: ErrorOptions) {
    super('bench.usage', message, options);
  }
}

/**
 * A measured child process exited without reporting its result.
 *
 * @example
 * ```ts
 * throw new ChildRunFailedError('ingester child exited with code 1', ['...stderr tail']);
 * ```
 */
export class ChildRunFailedError extends BenchError {
  override readonly name = 'ChildRunFailedError';

  constructor(
    message: string,
    readonly output: readonly string[],
    options?: ErrorOptions,
  ) {
    super('bench.childFailed', output.length ? `${message}\n${output.join('\n')}` : message, options);
  }
}
