import type { Actor } from '../common';

/** Who writes and in which request; stamped on every versioned item (`updatedBy`, `correlationId`). */
export interface WriteContext {
  readonly actor: Actor;
  readonly correlationId: string;
}

/** A write that must see the version the caller read (optimistic locking). */
export interface VersionedWriteOptions extends WriteContext {
  readonly expectedVersion: number;
}
