import {
  IngestionJobCancelled,
  IngestionJobCompleted,
  IngestionJobFailed,
  IngestionJobStarted,
} from '@aircraftops/events';
import type { AnyEventContract } from '@aircraftops/events';

import type { ChangeOutcome } from '../change-outcome';
import { emitted, skipped } from '../change-outcome';
import { deriveEventId } from '../derive-event-id';
import { diffChanges } from '../diff-changes';
import { domainView } from '../domain-view';
import { toEventDraft } from '../event-draft';
import { eventMetadata } from '../event-metadata';
import { requireImage } from '../require-image';
import type { EntityItem, StreamChange } from '../stream-change';

/** Progress the ingestion app writes while a job runs: never an event on its own, and not part of `data`. */
const TRANSIENT_PROGRESS = ['bytesRead', 'rowsPerSecond', 'percent', 'etaSeconds'];
/** What else a progress write touches; compared only through `status` transitions. */
const PROGRESS_FIELDS: ReadonlySet<string> = new Set([...TRANSIENT_PROGRESS, 'counts', 'bytesTotal', 'unresolvedReferences']);

const COMPLETED_STATUSES: ReadonlySet<unknown> = new Set(['COMPLETED', 'COMPLETED_WITH_ERRORS']);

/**
 * The job as events carry it: the item without bookkeeping and transient progress; `dataset` as the contract
 * wants it (the file kinds, e.g. `MASTER+ACFTREF`), the files themselves under `files`, and `completedAt`
 * (= `finishedAt`) once the job completed.
 */
const jobData = (item: EntityItem): Record<string, unknown> => {
  const { dataset, ...rest } = domainView(item, TRANSIENT_PROGRESS);
  const files = ((dataset as { files?: { kind: string }[] } | undefined)?.files ?? []).map((file) => ({ ...file }));
  return {
    ...rest,
    dataset: files.map((file) => file.kind).join('+'),
    files,
    ...(COMPLETED_STATUSES.has(item['status']) && item['finishedAt'] !== undefined ? { completedAt: item['finishedAt'] } : {}),
  };
};

const failureReasonOf = (item: EntityItem): string => {
  const reason = item['failureReason'];
  return typeof reason === 'string' && reason.trim() !== '' ? reason : 'the job failed without recording a failureReason';
};

/** The event a job emits on entering `status`, with its extra top-level fields. */
const transitionEvent = (status: unknown, item: EntityItem): { contract: AnyEventContract; extra: Record<string, unknown> } | undefined => {
  if (status === 'RUNNING') return { contract: IngestionJobStarted, extra: {} };
  if (COMPLETED_STATUSES.has(status)) return { contract: IngestionJobCompleted, extra: { counts: item['counts'] } };
  if (status === 'FAILED') return { contract: IngestionJobFailed, extra: { reason: failureReasonOf(item) } };
  if (status === 'CANCELLED') return { contract: IngestionJobCancelled, extra: { counts: item['counts'] } };
  return undefined;
};

const jobIdOf = (item: EntityItem): string => String(item['jobId'] ?? '');

const enteredStatus = (change: StreamChange, item: EntityItem): ChangeOutcome => {
  const status = item['status'];
  const event = transitionEvent(status, item);
  // QUEUED is the planned first state: lifecycle events start when a runner takes the job (RUNNING).
  if (status === 'QUEUED') return skipped('no-domain-change', `IngestionJob ${jobIdOf(item)} queued`);
  if (!event) {
    return skipped('no-contract', `IngestionJob ${jobIdOf(item)} entered status ${String(status)}, which has no event`);
  }
  return emitted(
    toEventDraft(event.contract, {
      metadata: eventMetadata(change, {
        eventId: deriveEventId(change.recordId, event.contract.detailType),
        eventVersion: event.contract.version,
        entityType: 'IngestionJob',
        entityId: jobIdOf(item),
        item,
      }),
      data: jobData(item),
      ...event.extra,
    }),
  );
};

/**
 * Job lifecycle events from JobsTable changes: entering RUNNING → IngestionJobStarted (INSERT included),
 * COMPLETED / COMPLETED_WITH_ERRORS → IngestionJobCompleted (counts), FAILED → IngestionJobFailed (reason),
 * CANCELLED → IngestionJobCancelled (counts). Writes that keep the status emit nothing: progress-only ones
 * are `no-domain-change`, others (`cancelRequested`, …) `no-contract`.
 *
 * @example
 * ```ts
 * mapIngestionJobChange(change); // { events: [IngestionJobCompleted draft] } for RUNNING → COMPLETED
 * ```
 */
export const mapIngestionJobChange = (change: StreamChange): ChangeOutcome => {
  switch (change.eventName) {
    case 'INSERT':
      return enteredStatus(change, requireImage(change, 'newItem'));
    case 'MODIFY': {
      const before = requireImage(change, 'oldItem');
      const after = requireImage(change, 'newItem');
      if (before['status'] !== after['status']) return enteredStatus(change, after);
      const changes = diffChanges(domainView(before), domainView(after), PROGRESS_FIELDS);
      if (Object.keys(changes).length === 0) {
        return skipped('no-domain-change', `IngestionJob ${jobIdOf(after)}: progress only`);
      }
      return skipped(
        'no-contract',
        `IngestionJob ${jobIdOf(after)} changed (${Object.keys(changes).join(', ')}) without a status transition; the catalog has no event for it`,
      );
    }
    case 'REMOVE':
      return skipped('no-contract', `IngestionJob ${jobIdOf(requireImage(change, 'oldItem'))} was removed; the catalog has no event for it`);
  }
};
