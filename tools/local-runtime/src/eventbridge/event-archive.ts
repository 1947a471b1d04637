import { closeSync, createReadStream, existsSync, ftruncateSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

import { ArchiveCorruptError } from './errors';
import type { EventBridgeEvent } from './event-bridge-event';

/** One archived event with the time the bus accepted it (replay ranges select on it). */
export interface ArchivedEvent {
  /** Epoch ms. */
  readonly archivedAt: number;
  readonly event: EventBridgeEvent;
}

/**
 * The bus archive: every accepted event. In memory without a path; with a path, an append-only
 * JSONL file written synchronously (on disk before PutEvents answers) and streamed on replay, so a
 * bulk load does not keep every event in RAM.
 *
 * @example
 * ```ts
 * const archive = new EventArchive('/tmp/bus/archive.jsonl');
 * archive.append(event, Date.now());
 * for await (const { event } of archive.between(from, to)) { ... }
 * ```
 */
export class EventArchive {
  private readonly memory: ArchivedEvent[] = [];
  private fd: number | undefined;
  private count = 0;

  constructor(readonly path?: string) {
    if (!path) return;
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
    this.count = dropTornTail(this.fd);
    closeSync(this.fd);
    this.fd = openSync(path, 'a');
  }

  append(event: EventBridgeEvent, archivedAt: number): void {
    const record: ArchivedEvent = { archivedAt, event };
    if (this.fd !== undefined) writeSync(this.fd, JSON.stringify(record) + '\n');
    else this.memory.push(record);
    this.count += 1;
  }

  /** Events accepted in [from, to] (epoch ms, both inclusive), oldest first. */
  async *between(from: number, to: number): AsyncGenerator<ArchivedEvent> {
    const inRange = (record: ArchivedEvent): boolean => record.archivedAt >= from && record.archivedAt <= to;
    if (!this.path) {
      yield* this.memory.filter(inRange);
      return;
    }
    const input = createReadStream(this.path, 'utf8');
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        let record: ArchivedEvent;
        try {
          record = JSON.parse(line) as ArchivedEvent;
        } catch (error) {
          throw new ArchiveCorruptError(`Archive ${this.path} line ${lineNumber} is not valid JSON.`, { cause: error });
        }
        if (inRange(record)) yield record;
      }
    } finally {
      // A consumer that stops early must not leave the file stream (an open handle) behind.
      lines.close();
      input.destroy();
    }
  }

  /** Number of archived events. */
  get size(): number {
    return this.count;
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * Counts the complete lines of an archive and cuts a torn last line (an append the process died
 * in, never acknowledged) so the next append starts on a line of its own.
 */
function dropTornTail(fd: number): number {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(1024 * 1024);
  let lines = 0;
  let lastNewline = -1;
  for (let position = 0; position < size; ) {
    const read = readSync(fd, buffer, 0, buffer.length, position);
    if (read === 0) break;
    for (let i = 0; i < read; i += 1) {
      if (buffer[i] === 0x0a) {
        lines += 1;
        lastNewline = position + i;
      }
    }
    position += read;
  }
  if (lastNewline + 1 < size) ftruncateSync(fd, lastNewline + 1);
  return lines;
}
