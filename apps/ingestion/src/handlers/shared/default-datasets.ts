import type { DatasetStore } from '../../use-cases/ports';
import { datasetsPort } from '../../wiring/datasets-port';

let datasets: DatasetStore | undefined;

/**
 * The dataset store of the handlers, resolved per request (a missing folder or bucket rejects then,
 * naming both variables).
 * @example
 * export const handler = createStartJobHandler(() => ({ jobs: defaultJobs(), datasets: defaultDatasets() }));
 */
export const defaultDatasets = (): DatasetStore => (datasets ??= datasetsPort());
