import type { ChainHeadState } from '../chain';
import type { AuditRecord } from '../record';

/** Everything stored about one entity's chain: every record (expired ones too) and the head. */
export interface StoredChain {
  readonly records: readonly AuditRecord[];
  readonly head?: ChainHeadState;
}

/** Port: reads one entity's whole chain for verification. */
export interface EntityChainReader {
  readChain(entityType: string, entityId: string): Promise<StoredChain>;
}
