import { once } from 'node:events';
import type { Writable } from 'node:stream';

const CHUNK_CHARS = 256 * 1024;

/**
 * Buffers lines into large chunks and honours backpressure: `write` waits for 'drain' whenever
 * the stream's buffer is full, so memory stays flat however many lines are written.
 *
 * @example
 * ```ts
 * const writer = new LineWriter(createWriteStream('MASTER.txt'));
 * await writer.write('line\r\n');
 * await writer.end();
 * ```
 */
export class LineWriter {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly stream: Writable) {}

  async write(line: string): Promise<void> {
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
