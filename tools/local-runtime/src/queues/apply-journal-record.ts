import type { JournalRecord } from './journal-record';
import type { StoredMessage } from './stored-message';

/**
 * Folds one journal record into the message map. The same function replays a journal on start
 * and is the single definition of what each record means.
 *
 * @example
 * ```ts
 * const state = new Map<string, StoredMessage>();
 * for (const record of records) applyJournalRecord(state, record);
 * ```
 */
export function applyJournalRecord(state: Map<string, StoredMessage>, record: JournalRecord): void {
  if (record.op === 'put') {
    state.set(record.message.messageId, { ...record.message });
    return;
  }
  if (record.op === 'delete') {
    state.delete(record.id);
    return;
  }
  const message = state.get(record.id);
  // Records for a message deleted earlier in the journal are harmless leftovers.
  if (!message) return;
  switch (record.op) {
    case 'receive':
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= record.at;
      break;
    case 'fail':
      message.lastError = record.error;
      break;
    case 'dead':
      message.deadLetter = record.failure;
      break;
    case 'redrive':
      message.deadLetter = undefined;
      message.receiveCount = 0;
      message.firstReceiveTimestamp = undefined;
      message.lastError = undefined;
      break;
  }
}
