/**
 * The FAA releasable-aircraft files this project reads.
 *
 * @example
 * ```ts
 * const kind: RegistryFileKind = 'MASTER';
 * ```
 */
export type RegistryFileKind = 'MASTER' | 'ACFTREF' | 'ENGINE' | 'DEREG';

/** All kinds, for option parsing and exhaustive tests. */
export const REGISTRY_FILE_KINDS: readonly RegistryFileKind[] = ['MASTER', 'ACFTREF', 'ENGINE', 'DEREG'];
