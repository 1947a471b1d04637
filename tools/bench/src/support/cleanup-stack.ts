/**
 * Cleanups registered while a suite starts things (JVMs, platforms, children, temp folders), run
 * newest first exactly once — at the suite's end, or from the Ctrl-C handler; concurrent `runAll()`
 * calls share one run, so whoever exits after awaiting it knows everything is cleaned up. A failing
 * cleanup does not stop the others; its error is reported.
 *
 * @example
 * ```ts
 * const cleanups = new CleanupStack();
 * const ddb = await startDynamoDbLocal();
 * cleanups.defer('DynamoDB Local', () => ddb.stop());
 * try { ... } finally { await cleanups.runAll(); }
 * ```
 */
export class CleanupStack {
  private readonly steps: { readonly label: string; readonly run: () => unknown }[] = [];

  constructor(private readonly report: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {}

  defer(label: string, run: () => unknown): void {
    this.steps.push({ label, run });
  }

  get size(): number {
    return this.steps.length;
  }

  /** Runs every registered cleanup; a call made while a run is under way waits for that run (and what was added since). */
  runAll(): Promise<void> {
    this.running = (this.running ?? Promise.resolve()).then(() => this.drain());
    return this.running;
  }

  private running: Promise<void> | undefined;

  private async drain(): Promise<void> {
    for (let step = this.steps.pop(); step !== undefined; step = this.steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        this.report(`cleanup "${step.label}" failed: ${(error as Error).message}`);
      }
    }
  }
}
