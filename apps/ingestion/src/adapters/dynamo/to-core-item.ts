import type { RegistryFileKind, RegistryRecordOf } from '@aircraftops/registry';

/**
 * The entity input of a decoded record, without stamps. Records already hold the file's trimmed
 * values under the entities' attribute names; only the few shape differences are bridged here.
 * @example
 * toCoreItem('ENGINE', { code: '99999', manufacturer: 'UNKNOWN', model: 'UNKNOWN' }); // type: ''
 */
export const toCoreItem = <K extends RegistryFileKind>(kind: K, record: RegistryRecordOf<K>): Record<string, unknown> => {
  const item = { ...(record as unknown as Record<string, unknown>) };
  if (kind === 'ENGINE' && item['type'] === undefined) item['type'] = ''; // blank in the file for code 99999
  return item;
};
