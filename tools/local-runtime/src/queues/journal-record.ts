import type { DeadLetterFailure, StoredMessage } from './stored-message';

/** One line of a queue journal. `put` also serves as the compacted snapshot of a message. */
export type JournalRecord =
  | { readonly op: 'put'; readonly message: StoredMessage }
  | { readonly op: 'receive'; readonly id: string; readonly at: number }
  | { readonly op: 'fail'; readonly id: string; readonly error: string }
  | { readonly op: 'dead'; readonly id: string; readonly failure: DeadLetterFailure }
  | { readonly op: 'redrive'; readonly id: string }
  | { readonly op: 'delete'; readonly id: string };
