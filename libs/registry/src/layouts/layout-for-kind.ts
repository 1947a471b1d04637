import { InvalidRegistryArgumentError } from '../errors';
import { ACFTREF_LAYOUT } from './acftref-layout';
import { DEREG_LAYOUT } from './dereg-layout';
import { ENGINE_LAYOUT } from './engine-layout';
import { MASTER_LAYOUT } from './master-layout';
import type { RegistryFileKind } from './registry-file-kind';
import type { RegistryFileLayout } from './registry-file-layout';

const LAYOUTS: Readonly<Record<RegistryFileKind, RegistryFileLayout>> = {
  MASTER: MASTER_LAYOUT,
  ACFTREF: ACFTREF_LAYOUT,
  ENGINE: ENGINE_LAYOUT,
  DEREG: DEREG_LAYOUT,
};

/**
 * The layout of one FAA file kind.
 *
 * @throws InvalidRegistryArgumentError for an unknown kind (input from a CLI or API).
 * @example
 * ```ts
 * layoutForKind('ENGINE').fileName; // 'ENGINE.txt'
 * ```
 */
export function layoutForKind(kind: RegistryFileKind): RegistryFileLayout {
  const layout = LAYOUTS[kind];
  if (!layout) throw new InvalidRegistryArgumentError(`unknown registry file kind: ${JSON.stringify(kind)}`);
  return layout;
}
