/** A leaf value of a flattened event: what a pattern's conditions are tested against. */
export type EventScalar = string | number | boolean | null;

/** One compiled condition of a leaf array (`"prefix"`, `"numeric"`, an exact value, …). */
export type ValuePredicate = (value: EventScalar) => boolean;

/** A pattern leaf (`"detail.state": [ … ]`) compiled: values are OR-ed. */
export interface CompiledLeaf {
  /** Dotted path, as event-ruler flattens it (`detail.state`). */
  readonly path: string;
  readonly predicates: readonly ValuePredicate[];
  /** True when the leaf holds `{"exists": false}`: it is satisfied by the field's absence. */
  readonly matchesAbsence: boolean;
  /** Wildcard texts (plain and anything-but) used on this leaf, for the complexity limit. */
  readonly wildcards: readonly string[];
}

/** One alternative of the pattern after `$or` expansion; its leaves are AND-ed, sorted by path. */
export type CompiledBranch = readonly CompiledLeaf[];
