import type { AttributeValue } from '@aws-sdk/client-dynamodb';

type Key = Readonly<Record<string, AttributeValue>>;

/** Stream records recognised as TTL deletions are remembered this long (by count), for re-reads and other mappings. */
const REMEMBERED_RECORDS = 10_000;

/** The same key whatever the attribute order (stream records and scans list key attributes differently). */
const canonicalKey = (tableName: string, key: Key): string =>
  JSON.stringify([tableName, ...Object.keys(key).sort().map((name) => [name, key[name]])]);

/**
 * The items the runtime's TTL emulation is deleting, so that their REMOVE stream records can carry the
 * DynamoDB service principal as AWS's do (`userIdentity`), which is how consumers tell an expiry from a
 * delete. A key is marked before its delete is sent (the stream may deliver the record at once); the
 * first REMOVE record of that key binds the mark to its sequence number, so every mapping of the table
 * and every re-read of that record (a retry after a reset) sees the same answer.
 * @example
 * deletions.mark('CoreTable', { PK: { S: 'AIRCRAFT#1' }, SK: { S: 'AIRCRAFT' } });
 * deletions.isTtlRemove('CoreTable', record.dynamodb.Keys, record.dynamodb.SequenceNumber); // true, for every reader
 */
export class TtlDeletions {
  private readonly pending = new Set<string>();
  /** Sequence numbers (per table) of REMOVE records already recognised, oldest first. */
  private readonly recognised = new Map<string, string>();

  mark(tableName: string, key: Key): void {
    this.pending.add(canonicalKey(tableName, key));
  }

  /** Forgets a mark whose delete did not happen (the item changed or was already gone). */
  unmark(tableName: string, key: Key): void {
    this.pending.delete(canonicalKey(tableName, key));
  }

  /** Whether a REMOVE record of this key is a TTL deletion; consumes the mark. */
  take(tableName: string, key: Key): boolean {
    return this.pending.delete(canonicalKey(tableName, key));
  }

  /**
   * Whether the REMOVE record `sequenceNumber` of this key is a TTL deletion: the first record of a marked
   * key consumes the mark and is remembered by its sequence number, so later reads of it agree.
   */
  isTtlRemove(tableName: string, key: Key, sequenceNumber: string): boolean {
    const id = `${tableName}\u0000${sequenceNumber}`;
    if (this.recognised.has(id)) return true;
    if (!this.take(tableName, key)) return false;
    this.recognised.set(id, id);
    if (this.recognised.size > REMEMBERED_RECORDS) {
      const oldest = this.recognised.keys().next().value;
      if (oldest !== undefined) this.recognised.delete(oldest);
    }
    return true;
  }

  /** Marks not yet bound to a stream record. */
  get size(): number {
    return this.pending.size;
  }
}
