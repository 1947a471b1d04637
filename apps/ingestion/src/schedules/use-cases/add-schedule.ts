import { randomUUID } from 'node:crypto';

import type { DatasetFileKind } from '@aircraftops/tables';

import { isIngestionError } from '../../domain/job';
import type { DatasetStore } from '../../use-cases/ports';
import { InvalidScheduleError } from '../errors';
import { resolveScheduleFiles } from '../files';
import type { ScheduleView } from '../model';
import type { ScheduleStore, ScheduleWriteContext } from '../ports';
import { nextRunAfter, parseCron, parseTimezone } from '../timing';

/** What `POST /ingestion/schedules` accepts. */
export interface AddScheduleInput {
  readonly name: string;
  readonly cron: string;
  /** IANA zone; default `UTC`. */
  readonly timezone?: string;
  readonly files: readonly { readonly key: string; readonly kind?: DatasetFileKind }[];
  /** Default true. */
  readonly enabled?: boolean;
}

export interface AddScheduleDeps {
  readonly schedules: Pick<ScheduleStore, 'create'>;
  /**
   * Where the files are read from at run time, to refuse a key that names a folder now rather than a
   * failed run later. A key with nothing behind it yet is accepted: the file may be uploaded before the run.
   */
  readonly datasets?: Pick<DatasetStore, 'size'>;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** Field prefix of error details: the HTTP body's fields. */
const FIELD = 'body';

const refuseFolders = async (files: readonly { readonly key: string }[], datasets: Pick<DatasetStore, 'size'>): Promise<void> => {
  for (const [index, file] of files.entries()) {
    try {
      await datasets.size(file.key);
    } catch (error) {
      if (isIngestionError(error) && error.name === 'DatasetFolderError') {
        throw new InvalidScheduleError(`${FIELD}.files[${index}].key`, error.message, { cause: error });
      }
      // Anything else (no file yet, an S3 hiccup) is for the run to report: the schedule itself is valid.
    }
  }
};

/**
 * Validates and stores a recurring ingestion; its first run is the cron's next time after now.
 * Invalid input throws `InvalidScheduleError` naming the field (`body.cron`, `body.files[0].key`).
 * @example
 * await addSchedule({ name: 'nightly registry', cron: '0 2 * * *', timezone: 'America/Chicago',
 *   files: [{ key: 'faa/MASTER.txt' }] }, { schedules }, { actor, correlationId });
 */
export const addSchedule = async (input: AddScheduleInput, deps: AddScheduleDeps, context: ScheduleWriteContext): Promise<ScheduleView> => {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) throw new InvalidScheduleError(`${FIELD}.name`, 'must be 1 to 100 characters');
  const timezone = parseTimezone(input.timezone ?? 'UTC', `${FIELD}.timezone`);
  const cron = parseCron(input.cron, `${FIELD}.cron`, timezone);
  const files = resolveScheduleFiles(input.files, `${FIELD}.files`);
  if (deps.datasets !== undefined) await refuseFolders(files, deps.datasets);
  const enabled = input.enabled ?? true;
  const now = (deps.now ?? (() => new Date()))();
  return deps.schedules.create(
    {
      scheduleId: (deps.newId ?? randomUUID)(),
      name,
      cron,
      timezone,
      files,
      enabled,
      ...(enabled ? { nextRunAt: nextRunAfter(cron, timezone, now) } : {}),
    },
    context,
  );
};
