import type { RawRow } from '../layouts/registry-file-layout';
import type { EngineModelRecord } from './engine-model-record';
import { fieldReaders } from './field-readers';
import { withoutUndefined } from './without-undefined';

/**
 * Maps a validated ENGINE row to an `EngineModelRecord`.
 *
 * @example
 * ```ts
 * toEngineModelRecord(row).horsepower; // 95
 * ```
 */
export function toEngineModelRecord(row: RawRow): EngineModelRecord {
  const r = fieldReaders(row);
  return withoutUndefined({
    code: r.text('CODE'),
    manufacturer: r.text('MFR'),
    model: r.text('MODEL'),
    type: r.optional('TYPE'),
    horsepower: r.number('HORSEPOWER'),
    thrust: r.number('THRUST'),
  });
}
