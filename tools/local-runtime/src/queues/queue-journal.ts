import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

import { applyJournalRecord } from './apply-journal-record';
import { QueueJournalCorruptError } from './errors';
import type { JournalRecord } from './journal-record';
import type { StoredMessage } from './stored-message';

/**
 * Append-only JSONL journal of one queue. Writes are synchronous so that a record is in the file
 * (the OS page cache; no fsync) before the caller acknowledges anything — a PutEvents answer, a
 * delete after a successful consumer.
 *
 * @example
 * ```ts
 * const { journal, messages } = QueueJournal.open('/tmp/q/audit-all.jsonl');
 * journal.append({ op: 'delete', id: 'm-1' });
 * journal.close();
 * ```
 */
export class QueueJournal {
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Reads the journal, compacts it to one `put` per surviving message, and opens it for appends. */
  static open(path: string): { journal: QueueJournal; messages: StoredMessage[] } {
    mkdirSync(dirname(path), { recursive: true });
    const state = new Map<string, StoredMessage>();
    if (existsSync(path)) {
      for (const record of readRecords(path)) applyJournalRecord(state, record);
    }
    const messages = [...state.values()].sort((a, b) => a.sentTimestamp - b.sentTimestamp);
    // Compaction writes a fresh file and renames it over the old one, so a crash keeps one or the other.
    const snapshot = messages.map((message) => JSON.stringify({ op: 'put', message }) + '\n').join('');
    writeFileSync(`${path}.tmp`, snapshot);
    renameSync(`${path}.tmp`, path);
    return { journal: new QueueJournal(path, openSync(path, 'a')), messages };
  }

  append(record: JournalRecord): void {
    if (this.fd === undefined) throw new QueueJournalCorruptError(`Journal ${this.path} is closed.`);
    writeSync(this.fd, JSON.stringify(record) + '\n');
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}

function readRecords(path: string): JournalRecord[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const records: JournalRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line) as JournalRecord);
    } catch (error) {
      // A torn last line is a write the process died in: it was never acknowledged.
      const isLastLine = lines.slice(index + 1).every((rest) => rest.trim() === '');
      if (isLastLine) return;
      throw new QueueJournalCorruptError(`Journal ${path} line ${index + 1} is not valid JSON.`, { cause: error });
    }
  });
  return records;
}
