import { runInFunctionScope } from '@aircraftops/lambda-kit';

import { ingestionDepsFromEnv } from './ingestion-deps-from-env';

describe('ingestionDepsFromEnv', () => {
  it('reads nothing when built: a handler that only lists jobs needs neither CoreTable nor a dataset store', () => {
    const deps = ingestionDepsFromEnv({ AIRCRAFTOPS_JOBS_TABLE: 'JobsTable' });

    expect(deps.jobs).toBe(deps.jobs);
  });

  it('resolves the dataset store per request and names both variables when neither is set', async () => {
    const deps = ingestionDepsFromEnv();

    await runInFunctionScope({ name: 'ingestion-list-jobs', env: { AIRCRAFTOPS_JOBS_TABLE: 'JobsTable' } }, async () => {
      await expect(deps.datasets.size('MASTER.txt')).rejects.toThrow(
        'set AIRCRAFTOPS_DATA_DIR (a local folder) or AIRCRAFTOPS_DATASET_BUCKET (an S3 bucket) to read datasets',
      );
    });
    await runInFunctionScope({ name: 'ingestion-start-job', env: { AIRCRAFTOPS_DATA_DIR: __dirname } }, async () => {
      await expect(deps.datasets.size('ingestion-deps-from-env.unit.test.ts')).resolves.toBeGreaterThan(0);
    });
  });
});
