/**
 * Where a command writes: stdout for results (so scripts can capture them), stderr for messages.
 * Actions take one so tests read their output without patching `process`.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * await listRules({ endpoint }, { stdout: (text) => lines.push(text), stderr: () => undefined });
 * ```
 */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The process's own streams. */
export const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
