/** Who caused a write; stored on items as `updatedBy` and copied verbatim into events' `metadata.actor`. */
export const ACTOR_TYPES = ['user', 'service'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface Actor {
  readonly type: ActorType;
  /** User subject (token `sub`) or service name, e.g. `ingestion`. */
  readonly id: string;
}
