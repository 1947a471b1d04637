import { JobsTable, ScheduleEntity, tableNameFromEnv } from '@aircraftops/tables';

import { DynamoScheduleStore, type ScheduleStore } from '../../schedules';
import type { IngestionDeps } from '../../use-cases';
import { ingestionDepsFromEnv } from '../../wiring';

// Built at module scope, but each port only at its first use and each request resolves its table names,
// client and dataset store from the current function's environment: nothing here pins one function's
// configuration (locally every ingestion function shares this module).
const ingestionDeps = ingestionDepsFromEnv();
// Every ingestion function works on JobsTable: without its name a function fails at cold start, naming the
// variable. (CoreTable and the dataset store are checked when a use case first needs them.)
tableNameFromEnv('JobsTable');
let scheduleStore: ScheduleStore | undefined;

/**
 * The ingestion ports from the environment, each built at its first use and kept for the life of the
 * container (warm invocations reuse them). Handlers take it as a default so tests pass fakes.
 * @example
 * export const handler = createGetJobHandler(defaultIngestionDeps);
 */
export const defaultIngestionDeps = (): IngestionDeps => ingestionDeps;

/** The schedule store on the environment's JobsTable, built lazily like {@link defaultIngestionDeps}. @example defaultScheduleStore().due(now, 25); */
export const defaultScheduleStore = (): ScheduleStore => (scheduleStore ??= new DynamoScheduleStore(ScheduleEntity, JobsTable));
