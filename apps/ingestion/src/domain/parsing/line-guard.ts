const LF = 0x0a;

/**
 * Watches the byte stream on its way to the CSV parser: counts physical lines, remembers whether
 * the file ended with a line break, and cuts any line longer than `maxLineBytes` (keeping its line
 * break) so one corrupt line cannot make the parser buffer an unbounded record.
 *
 * @example
 * ```ts
 * const guard = new LineGuard(1024);
 * const safe = guard.pass(Buffer.from('a,b\nc'));
 * guard.finish(); guard.isUnterminatedLastLine(2); // true
 * ```
 */
export class LineGuard {
  /** Line number of the bytes currently passing (1-based). */
  private line = 1;
  private lineBytes = 0;
  private ended = false;
  private lastByte: number | undefined;
  private readonly cutLines = new Set<number>();

  constructor(private readonly maxLineBytes: number) {}

  /** Returns the bytes to hand on (the input itself unless a line had to be cut). */
  pass(chunk: Buffer): Buffer {
    if (chunk.length === 0) return chunk;
    this.lastByte = chunk[chunk.length - 1];
    const kept: Buffer[] = [];
    let start = 0;
    let cut = false;
    while (start < chunk.length) {
      const newline = chunk.indexOf(LF, start);
      const end = newline === -1 ? chunk.length : newline + 1;
      const contentEnd = newline === -1 ? end : newline;
      const room = Math.max(0, this.maxLineBytes - this.lineBytes);
      const content = contentEnd - start;
      if (content > room) {
        cut = true;
        this.cutLines.add(this.line);
        kept.push(chunk.subarray(start, start + room));
        if (newline !== -1) kept.push(chunk.subarray(newline, end));
      } else {
        kept.push(chunk.subarray(start, end));
      }
      this.lineBytes += content;
      if (newline !== -1) {
        this.line++;
        this.lineBytes = 0;
      }
      start = end;
    }
    return cut ? Buffer.concat(kept) : chunk;
  }

  finish(): void {
    this.ended = true;
  }

  /** Whether `line` was cut, forgetting it (each line is asked about once). */
  takeCut(line: number): boolean {
    return this.cutLines.delete(line);
  }

  /** True for the file's last line when the input ended without a line break after it. */
  isUnterminatedLastLine(line: number): boolean {
    return this.ended && this.lastByte !== undefined && this.lastByte !== LF && line === this.line;
  }
}
