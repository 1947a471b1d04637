import { DATASET_FILE_KINDS, type DatasetFileKind } from '@aircraftops/tables';

/**
 * The FAA file kind a key's file name announces (`uploads/2025-MASTER.txt` → `MASTER`), or
 * `undefined` when it names none or several. Only the last segment counts.
 * @example
 * inferFileKind('registry/ACFTREF.txt'); // 'ACFTREF'
 */
export const inferFileKind = (key: string): DatasetFileKind | undefined => {
  const name = (key.split('/').pop() ?? '').toUpperCase();
  const found = DATASET_FILE_KINDS.filter((kind) => new RegExp(`(^|[^A-Z])${kind}([^A-Z]|$)`).test(name));
  return found.length === 1 ? found[0] : undefined;
};
