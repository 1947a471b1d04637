import type { Actor } from '@aircraftops/tables';

/** Who writes and in which request; stamped on every item written (`updatedBy`, `correlationId`). */
export interface WriteContext {
  readonly actor: Actor;
  readonly correlationId: string;
}
