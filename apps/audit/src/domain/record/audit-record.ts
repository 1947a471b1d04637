/**
 * How the record's `detail` compares with the event catalog: `valid` passed its contract; `unknown`
 * has no contract in this consumer's catalog (a new detail-type or event version), so only the
 * platform envelope was checked. Invalid details are never recorded: they fail and go to the DLQ.
 */
export type SchemaStatus = 'valid' | 'unknown';

/** Who caused the event, as `metadata.actor`. */
export interface AuditActor {
  readonly type: 'user' | 'service';
  readonly id: string;
}

/**
 * A record's link in its entity's hash chain, in recording order (not entity-version order: events
 * arrive out of order). Set by the store when it appends the record.
 */
export interface ChainLink {
  /** Position in the chain, from 1. */
  readonly seq: number;
  /** Hash of the link before (64 zeros for the first). */
  readonly prevHash: string;
  /** Event id of the link before: a removed record can be named by its successor. */
  readonly prevEventId?: string;
  /** The latest `expiresAt` of every earlier link: a gap whose records had all expired is TTL, not tampering. */
  readonly prevExpiresAt?: number;
  /** SHA-256 of the canonical record content, this link's other fields included. */
  readonly hash: string;
}

/** One recorded domain event: immutable, keyed by entity, time and event id. */
export interface AuditRecord {
  /** `metadata.eventId`: deterministic per change, the idempotency key. */
  readonly eventId: string;
  /** `metadata.occurredAt` as `Date#toISOString` writes it (UTC, milliseconds), the only form that sorts. */
  readonly occurredAt: string;
  readonly entity: { readonly type: string; readonly id: string; readonly version?: number };
  readonly source: string;
  readonly detailType: string;
  readonly eventVersion: number;
  /** When the audit consumer first recorded it. */
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly actor: AuditActor;
  /** `detail.data`, as received (not as the contract's parser would reshape it). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly changes?: Readonly<Record<string, unknown>>;
  /**
   * Everything else the event carried (`reason`, `counts`, metadata fields this consumer does not
   * know, under `metadata`), so additive contract changes are recorded before the catalog knows them.
   */
  readonly extras?: Readonly<Record<string, unknown>>;
  readonly schemaStatus: SchemaStatus;
  /** Epoch seconds; the retention policy of the event's class. */
  readonly expiresAt: number;
  /** Absent until the store appends the record to its entity's chain. */
  readonly chain?: ChainLink;
}
