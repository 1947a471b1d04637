import { createReadStream } from 'node:fs';

import { parseRegistryFile } from '@aircraftops/ingestion';
import type { AircraftRecord } from '@aircraftops/registry';

/**
 * Streams the aircraft of a generated MASTER.txt through the ingester's own parser
 * (`parseRegistryFile`), so the baseline pays for exactly the parsing the ingester pays for. A
 * generated file has no bad rows: a rejected row is a generator bug and stops the run.
 *
 * @example
 * ```ts
 * for await (const aircraft of readMasterRecords('/tmp/faa/MASTER.txt')) console.log(aircraft.nNumber);
 * ```
 */
export async function* readMasterRecords(masterPath: string): AsyncGenerator<AircraftRecord> {
  for await (const row of parseRegistryFile(createReadStream(masterPath), { kind: 'MASTER', fileName: masterPath })) {
    if ('error' in row) throw new Error(`${masterPath}:${row.line}: generated row rejected: ${row.error.field ?? ''} ${row.error.reason}`);
    yield row.record;
  }
}
