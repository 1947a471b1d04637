/** One Server-Sent Event. `event` is `message` when the server named none. */
export interface SseMessage {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
}

/**
 * An incremental Server-Sent Events parser (the WHATWG rules the local tail uses: `event`, `id`,
 * multi-line `data`, `:` comments, LF or CRLF). Feed it chunks as they arrive; a message is emitted
 * at its blank line, never half-read across chunk boundaries.
 *
 * @example
 * ```ts
 * const parser = new SseParser((message) => console.log(message.data));
 * response.on('data', (chunk: Buffer) => parser.push(chunk.toString('utf8')));
 * ```
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private id: string | undefined;
  private data: string[] = [];

  constructor(private readonly onMessage: (message: SseMessage) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.search(/\r?\n/);
    while (newline >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(this.buffer[newline] === '\r' ? newline + 2 : newline + 1);
      this.line(line);
      newline = this.buffer.search(/\r?\n/);
    }
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.event = value;
    else if (field === 'id') this.id = value;
    else if (field === 'data') this.data.push(value);
  }

  private dispatch(): void {
    if (this.data.length > 0) this.onMessage({ event: this.event || 'message', id: this.id, data: this.data.join('\n') });
    this.event = '';
    this.data = [];
  }
}
