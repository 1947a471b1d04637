import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { ingestionDepsFromEnv, startJob } from '@aircraftops/ingestion';

import { workspaceRoot } from '../state';

/** The real FAA extract committed with the ingestion app (see its fixtures README). */
const SAMPLE_FILES = ['ENGINE.txt', 'ACFTREF.txt', 'MASTER.txt'] as const;

/**
 * Queues an ingestion job for the bundled FAA sample, so a newcomer's first `npm start` shows data.
 * The job runs like any other: the ingestion app's stream consumer picks it up from JobsTable. The job
 * is queued with the environment of `ingestion-start-job` (what `POST /ingestion/jobs` would use).
 * @returns the job id.
 */
export const seedSample = async (dataDir: string, startJobEnv: Readonly<Record<string, string>>): Promise<string> => {
  const source = path.join(workspaceRoot(), 'apps/ingestion/fixtures/faa-registry');
  const folder = path.join('samples', 'faa-registry');
  mkdirSync(path.join(dataDir, folder), { recursive: true });
  for (const file of SAMPLE_FILES) copyFileSync(path.join(source, file), path.join(dataDir, folder, file));
  const job = await startJob(ingestionDepsFromEnv(startJobEnv), {
    files: SAMPLE_FILES.map((file) => ({ key: `${folder}/${file}` })),
    startedBy: { type: 'service', id: 'local-runtime-seed' },
  });
  return job.jobId;
};
