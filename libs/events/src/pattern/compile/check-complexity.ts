import type { CompiledBranch } from '../model';
import { WILDCARD_COMPLEXITY_LIMIT, wildcardComplexity } from '../wildcard/wildcard-complexity';
import { fail } from './fail';

/**
 * EventBridge's limit on top of event-ruler: the wildcards a field is tested against, across all
 * alternatives, must not be able to keep too many partial matches alive at once.
 */
export function checkComplexity(branches: readonly CompiledBranch[]): void {
  const byPath = new Map<string, Set<string>>();
  for (const branch of branches) {
    for (const leaf of branch) {
      if (leaf.wildcards.length === 0) continue;
      const set = byPath.get(leaf.path) ?? new Set<string>();
      leaf.wildcards.forEach((w) => set.add(w));
      byPath.set(leaf.path, set);
    }
  }
  for (const [path, wildcards] of byPath) {
    if (wildcardComplexity([...wildcards], { cap: WILDCARD_COMPLEXITY_LIMIT + 1 }) > WILDCARD_COMPLEXITY_LIMIT) {
      fail(
        'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
        `$ (field ${path})`,
      );
    }
  }
}
