/**
 * An invocation that ran past its function's declared timeout: Lambda's `Task timed out after N.NN
 * seconds`. Queue and stream mappings treat it as any function error (the batch is retried).
 * @example
 * throw new LambdaTimeoutError('ingestion-run-queued-jobs', 900);
 */
export class LambdaTimeoutError extends Error {
  override readonly name = 'Sandbox.Timedout';

  constructor(
    readonly functionName: string,
    readonly timeoutSeconds: number,
  ) {
    super(`Task timed out after ${timeoutSeconds.toFixed(2)} seconds`);
  }
}
