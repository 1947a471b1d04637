import type { ValuePredicate } from '../model';

/** A compiled element of a leaf array: a test on a present value, or `{"exists": false}`. */
export type Condition =
  | { readonly kind: 'value'; readonly test: ValuePredicate; readonly wildcards?: readonly string[] }
  | { readonly kind: 'absent' };
