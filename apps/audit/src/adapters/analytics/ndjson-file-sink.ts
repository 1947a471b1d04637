import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { analyticsLine, analyticsPartition, type AnalyticsSink, type AuditRecord, type ExportStatusReader } from '../../domain';

/** The export's status file: when it last wrote a record, and which. */
const STATUS_FILE = '_last-export.json';

const writeAtomically = async (file: string, content: string): Promise<void> => {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
};

const putOne = async (root: string, record: AuditRecord): Promise<void> => {
  const folder = path.join(root, analyticsPartition(record));
  await mkdir(folder, { recursive: true });
  // Event ids are key-safe (the table library validates them): no path separators.
  const file = path.join(folder, `${record.eventId}.ndjson`);
  await writeAtomically(file, analyticsLine(record));
  // For the health route; not an .ndjson file, so no reader counts it as a record.
  await writeAtomically(path.join(root, STATUS_FILE), JSON.stringify({ at: new Date().toISOString(), eventId: record.eventId }));
};

/**
 * The local analytics sink: newline-delimited JSON under `<root>/dt=YYYY-MM-DD/`, one file per event id
 * (`<eventId>.ndjson`). Exactly once by construction: a redelivered record (a stream retry, or records
 * after the checkpoint delivered again after a `--persist` restart) rewrites the same file with the same
 * line, and the write is atomic (temporary file, then rename), so no reader ever sees half a line.
 * Small files are the price; Firehose batches in the cloud.
 * @example
 * await createNdjsonFileSink('.aircraftops/datasets/analytics/audit-events').putAll([record]);
 */
export const createNdjsonFileSink = (root: string): AnalyticsSink => ({
  async putAll(records) {
    // In order, one at a time: the status file then names the last record written.
    for (const record of records) await putOne(root, record);
  },
});

/**
 * What the local export last did, from its status file.
 * @example
 * await ndjsonExportStatus(folder).lastExport(); // { at: '2025-11-21T10:00:01.000Z', eventId: '7b1f…' }
 */
export const ndjsonExportStatus = (root: string): ExportStatusReader => ({
  async lastExport() {
    try {
      return JSON.parse(await readFile(path.join(root, STATUS_FILE), 'utf8')) as { at: string; eventId: string };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
});
