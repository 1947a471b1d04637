import type { CompiledBranch } from '../model';
import type { ArrayMembership } from './array-membership';
import { mergeMembership, NO_MEMBERSHIP } from './array-membership';
import type { FlatEvent } from './flatten-event';

/**
 * True when every leaf of the branch is satisfied by array-consistent fields of the event.
 * Leaves are visited in path order, and `{"exists": false}` is judged against the fields consistent
 * with the choices made for earlier paths: event-ruler's traversal order, which decides cases such
 * as `{"firstName": ["Anna"], "ids": [{"exists": false}]}` over an array of people.
 *
 * @example
 * ```ts
 * matchBranch(branch, flattenEvent(event, index));
 * ```
 */
export function matchBranch(branch: CompiledBranch, event: FlatEvent): boolean {
  return matchFrom(branch, event, 0, NO_MEMBERSHIP);
}

function matchFrom(branch: CompiledBranch, event: FlatEvent, index: number, membership: ArrayMembership): boolean {
  const leaf = branch[index];
  if (!leaf) return true;
  const fields = event.get(leaf.path);
  let presentAndConsistent = false;
  if (fields) {
    for (const field of fields) {
      const merged = mergeMembership(membership, field.membership);
      if (!merged) continue;
      presentAndConsistent = true;
      if (leaf.predicates.some((test) => test(field.value)) && matchFrom(branch, event, index + 1, merged)) {
        return true;
      }
    }
  }
  return leaf.matchesAbsence && !presentAndConsistent && matchFrom(branch, event, index + 1, membership);
}
