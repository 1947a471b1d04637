import { IngestionJobCancelled, IngestionJobCompleted, IngestionJobFailed, IngestionJobStarted } from '@aircraftops/events';

import { entities, ingestionJob, stamps } from '../testing/entity-items.fixtures.test';
import { changeOf } from '../testing/stream-change.fixtures.test';
import { mapChange } from './map-change';
import type { LooseJson } from '../testing/loose-json.fixtures.test';

const STARTED_AT = '2025-11-21T14:05:01.000Z';
const FINISHED_AT = '2025-11-21T14:09:00.000Z';
const COUNTS = { read: 134, written: 130, unchanged: 0, rejected: 2, duplicates: 1, skipped: 1 };
const queued = () => ingestionJob();
const running = (overrides: Record<string, unknown> = {}) =>
  ingestionJob({ ...stamps(2, STARTED_AT), status: 'RUNNING', startedAt: STARTED_AT, ...overrides });
const finished = (status: string, overrides: Record<string, unknown> = {}) =>
  running({ ...stamps(9, FINISHED_AT), status, finishedAt: FINISHED_AT, counts: COUNTS, ...overrides });

const modify = (oldRaw: Record<string, unknown>, newRaw: Record<string, unknown>) =>
  mapChange(changeOf(entities.IngestionJob, { eventName: 'MODIFY', oldRaw, newRaw }));
const detailOf = (outcome: ReturnType<typeof mapChange>) => outcome.events[0]?.detail as LooseJson;

describe('mapChange: IngestionJob', () => {
  it('QUEUED → RUNNING → IngestionJobStarted, data with the dataset kinds and files, no transient progress', () => {
    const outcome = modify(queued(), running({ percent: 0, rowsPerSecond: 0 }));

    expect(outcome.events.map((event) => event.detailType)).toEqual(['IngestionJobStarted']);
    const detail = detailOf(outcome);
    expect(detail.data).toMatchObject({ jobId: 'job-01JD4X9Q', status: 'RUNNING', dataset: 'MASTER', startedAt: STARTED_AT });
    expect(detail.data.files).toEqual([{ kind: 'MASTER', name: 'MASTER.txt', key: 'uploads/job-01JD4X9Q/MASTER.txt', bytes: 4096 }]);
    expect(detail.data).not.toHaveProperty('percent');
    expect(detail.metadata).toMatchObject({ occurredAt: STARTED_AT, entity: { type: 'IngestionJob', id: 'job-01JD4X9Q', version: 2 } });
    expect(IngestionJobStarted.safeParse(detail).success).toBe(true);
  });

  it('INSERT with status RUNNING → IngestionJobStarted', () => {
    const outcome = mapChange(changeOf(entities.IngestionJob, { eventName: 'INSERT', newRaw: running() }));

    expect(outcome.events.map((event) => event.detailType)).toEqual(['IngestionJobStarted']);
  });

  it('INSERT with status QUEUED emits nothing (lifecycle events start at RUNNING)', () => {
    const outcome = mapChange(changeOf(entities.IngestionJob, { eventName: 'INSERT', newRaw: queued() }));

    expect(outcome).toEqual({ events: [], skipped: { reason: 'no-domain-change', detail: expect.stringContaining('queued') } });
  });

  it('progress-only writes (counts, bytes, rate, percent, ETA) emit nothing', () => {
    const outcome = modify(
      running(),
      running({ ...stamps(3, '2025-11-21T14:06:00.000Z'), counts: { ...COUNTS, read: 50 }, bytesRead: 2048, bytesTotal: 4096, rowsPerSecond: 900, percent: 50, etaSeconds: 3 }),
    );

    expect(outcome).toEqual({ events: [], skipped: { reason: 'no-domain-change', detail: 'IngestionJob job-01JD4X9Q: progress only' } });
  });

  it.each(['COMPLETED', 'COMPLETED_WITH_ERRORS'])('RUNNING → %s → IngestionJobCompleted with counts and completedAt', (status) => {
    const outcome = modify(running(), finished(status));

    const detail = detailOf(outcome);
    expect(outcome.events.map((event) => event.detailType)).toEqual(['IngestionJobCompleted']);
    expect(detail.counts).toEqual(COUNTS);
    expect(detail.data).toMatchObject({ status, completedAt: FINISHED_AT, finishedAt: FINISHED_AT });
    expect(IngestionJobCompleted.safeParse(detail).success).toBe(true);
  });

  it('RUNNING → FAILED → IngestionJobFailed with the failure reason', () => {
    const outcome = modify(running(), finished('FAILED', { failureReason: 'MASTER.txt line 1: unexpected header' }));

    const detail = detailOf(outcome);
    expect(outcome.events[0]?.detailType).toBe('IngestionJobFailed');
    expect(detail.reason).toBe('MASTER.txt line 1: unexpected header');
    expect(detail.data).not.toHaveProperty('completedAt');
    expect(IngestionJobFailed.safeParse(detail).success).toBe(true);
  });

  it('FAILED without a failureReason still says so rather than sending an empty reason', () => {
    const outcome = modify(running(), finished('FAILED'));

    expect(detailOf(outcome).reason).toBe('the job failed without recording a failureReason');
  });

  it('RUNNING → CANCELLED → IngestionJobCancelled with the counts so far', () => {
    const outcome = modify(running(), finished('CANCELLED'));

    const detail = detailOf(outcome);
    expect(outcome.events[0]?.detailType).toBe('IngestionJobCancelled');
    expect(detail.counts).toEqual(COUNTS);
    expect(IngestionJobCancelled.safeParse(detail).success).toBe(true);
  });

  it('a non-progress change without a status transition is skipped as no-contract, naming the fields', () => {
    const outcome = modify(running(), running({ ...stamps(3, FINISHED_AT), cancelRequested: true }));

    expect(outcome).toEqual({ events: [], skipped: { reason: 'no-contract', detail: expect.stringContaining('(cancelRequested)') } });
  });

  it('REMOVE of a job has no detail-type: skipped as no-contract', () => {
    const outcome = mapChange(changeOf(entities.IngestionJob, { eventName: 'REMOVE', oldRaw: finished('COMPLETED') }));

    expect(outcome.skipped?.reason).toBe('no-contract');
  });
});
