import { createReadStream } from 'node:fs';

import { type AircraftRecord, decodeRegistryRow } from '@aircraftops/registry';
import { parse } from 'csv-parse';

/**
 * Streams the aircraft of a generated MASTER.txt, decoded by the registry domain exactly as the
 * ingestion parser does it (csv-parse with the same options, then `decodeRegistryRow`). A generated
 * file has no bad rows, so a row that fails to decode is a bug in the generator and stops the run.
 *
 * @debt coupling "apps/ingestion does not export parseRegistryFile yet; switch to it when it does, so
 * the baseline also pays for the ingester's line checks."
 * @example
 * ```ts
 * for await (const aircraft of readMasterRecords('/tmp/faa/MASTER.txt')) console.log(aircraft.nNumber);
 * ```
 */
export async function* readMasterRecords(masterPath: string): AsyncGenerator<AircraftRecord> {
  const parser = createReadStream(masterPath).pipe(
    parse({ delimiter: ',', quote: false, record_delimiter: '\n', relax_column_count: true, bom: true, encoding: 'utf8', from_line: 2 }),
  );
  let line = 1;
  for await (const fields of parser as AsyncIterable<string[]>) {
    line++;
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') continue;
    const result = decodeRegistryRow('MASTER', fields);
    if (!result.ok) {
      parser.destroy();
      throw new Error(`${masterPath}:${line}: generated row does not decode: ${result.issues.map((issue) => `${issue.field} ${issue.reason}`).join('; ')}`);
    }
    yield result.record;
  }
}
