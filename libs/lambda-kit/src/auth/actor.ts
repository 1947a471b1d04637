/**
 * Who performs an operation. Every write stamps it on the item so the stream → event path can copy it
 * into the event's `metadata.actor`.
 *
 * @example
 * const actor: Actor = { type: 'user', id: '3f1c…' };
 */
export interface Actor {
  readonly type: 'user' | 'service';
  /** The token's `sub`. */
  readonly id: string;
}
