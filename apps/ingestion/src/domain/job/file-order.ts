import type { RegistryFileKind, RegistryRecordOf } from '@aircraftops/registry';

/** Reference data first, so aircraft can be checked against the models and engines of the same job. */
export const FILE_ORDER: readonly RegistryFileKind[] = ['ENGINE', 'ACFTREF', 'MASTER', 'DEREG'];

/**
 * Files in processing order (stable for files of the same kind).
 * @example
 * sortByFileOrder([{ kind: 'MASTER' }, { kind: 'ENGINE' }]); // ENGINE, MASTER
 */
export const sortByFileOrder = <T extends { readonly kind: RegistryFileKind }>(files: readonly T[]): T[] =>
  [...files].sort((a, b) => FILE_ORDER.indexOf(a.kind) - FILE_ORDER.indexOf(b.kind));

/**
 * The identity of a record within its file (what makes two rows "the same" item in CoreTable).
 * @example
 * identityOf('MASTER', aircraft); // '511CR'
 */
export const identityOf = <K extends RegistryFileKind>(kind: K, record: RegistryRecordOf<K>): string => {
  const value = record as unknown as Record<string, unknown>;
  switch (kind) {
    case 'MASTER':
      return String(value['nNumber']);
    case 'DEREG':
      return `${String(value['nNumber'])}|${String(value['cancelDate'] ?? '')}|${String(value['serialNumber'])}`;
    default:
      return String(value['code']);
  }
};
