import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { analyticsLine, analyticsPartition, type AnalyticsSink } from '../../domain';

/**
 * The local analytics sink: newline-delimited JSON under `<root>/dt=YYYY-MM-DD/`, one file per event id
 * (`<eventId>.ndjson`). Exactly once by construction: a redelivered record (a stream retry, or records
 * after the checkpoint delivered again after a `--persist` restart) rewrites the same file with the same
 * line, and the write is atomic (temporary file, then rename), so no reader ever sees half a line.
 * Small files are the price; Firehose batches in the cloud.
 * @example
 * await createNdjsonFileSink('.aircraftops/datasets/analytics/audit-events').put(record);
 */
export const createNdjsonFileSink = (root: string): AnalyticsSink => ({
  async put(record) {
    const folder = path.join(root, analyticsPartition(record));
    await mkdir(folder, { recursive: true });
    // Event ids are key-safe (the table library validates them): no path separators.
    const file = path.join(folder, `${record.eventId}.ndjson`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, analyticsLine(record), 'utf8');
    await rename(temporary, file);
  },
});
