import { JobsTable, ScheduleEntity } from '@aircraftops/tables';

import { DynamoScheduleStore, type ScheduleStore } from '../../schedules';
import type { IngestionDeps } from '../../use-cases';
import { ingestionDepsFromEnv } from '../../wiring';

let ingestionDeps: IngestionDeps | undefined;
let scheduleStore: ScheduleStore | undefined;

/**
 * The ingestion ports from the environment, built at the first request and kept for the life of the
 * container (warm invocations reuse the clients). Handlers take it as a default so tests pass fakes.
 * @example
 * export const handler = createGetJobHandler(defaultIngestionDeps);
 */
export const defaultIngestionDeps = (): IngestionDeps => (ingestionDeps ??= ingestionDepsFromEnv());

/** The schedule store on the environment's JobsTable, built lazily like {@link defaultIngestionDeps}. @example defaultScheduleStore().due(now, 25); */
export const defaultScheduleStore = (): ScheduleStore => (scheduleStore ??= new DynamoScheduleStore(ScheduleEntity, JobsTable));
