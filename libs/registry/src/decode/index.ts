export { decodeRegistryRow } from './decode-registry-row';
export type { DecodeRowResult } from './decode-registry-row';
export type { RegistryRecordOf, RegistryRecordByKind } from './registry-record-of';
