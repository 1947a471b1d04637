import type { AuditRecord } from '../record';

/** The four access patterns of the audit trail, each one key condition (architecture.md). */
export type AuditQuery =
  | { readonly kind: 'entity'; readonly entityType: string; readonly entityId: string }
  | {
      readonly kind: 'actor';
      readonly actorType: 'user' | 'service';
      readonly actorId: string;
      /** Inclusive bounds, `Date#toISOString` form. */
      readonly from?: string;
      readonly to?: string;
    }
  | {
      readonly kind: 'typeInRange';
      readonly detailType: string;
      /** Inclusive bounds, `Date#toISOString` form; one UTC day bucket per day they span (bounded by the caller). */
      readonly from: string;
      readonly to: string;
    }
  | { readonly kind: 'correlation'; readonly correlationId: string };

/** Which page: at most `limit` records, after the position `nextToken` encodes. */
export interface PageRequest {
  readonly limit: number;
  readonly nextToken?: string;
}

/** One page, newest first; `nextToken` is absent on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}

/** Port: reads the audit trail. */
export interface AuditTrailReader {
  /** @throws InvalidPageTokenError for a token this query did not issue. */
  find(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>>;
}
