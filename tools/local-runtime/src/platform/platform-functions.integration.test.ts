import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';

import { createItem, createJobsEntities, createTables } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';

import { workspaceRoot } from '../state';
import { startWithProbe, usePlatformHome } from './platform.fixtures.test';

const eventually = async (condition: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

// Its own file: Jest gives each file a fresh module registry, as a new process gives a Lambda a cold start.
describe('the local platform runs every function as declared', () => {
  const { home, track } = usePlatformHome();

  it('gives each function only its own environment: derived from its declaration plus the local endpoints', async () => {
    const { platform } = await startWithProbe(home(), undefined, track);

    const recorder = platform.functions.get('audit-record-event')!.env;
    const listJobs = platform.functions.get('ingestion-list-jobs')!.env;
    const startJob = platform.functions.get('ingestion-start-job')!.env;
    const bridgeCore = platform.functions.get('stream-bridge-core')!.env;

    expect(recorder).toMatchObject({ AIRCRAFTOPS_AUDIT_TABLE: 'AuditEventsTable', AWS_LAMBDA_FUNCTION_NAME: 'audit-record-event' });
    expect(recorder).not.toHaveProperty('AIRCRAFTOPS_CORE_TABLE');
    expect(recorder).not.toHaveProperty('AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT');
    // GET /ingestion/jobs reads JobsTable only: no CoreTable, no dataset folder.
    expect(listJobs).toHaveProperty('AIRCRAFTOPS_JOBS_TABLE', 'JobsTable');
    expect(listJobs).not.toHaveProperty('AIRCRAFTOPS_CORE_TABLE');
    expect(listJobs).not.toHaveProperty('AIRCRAFTOPS_DATA_DIR');
    expect(startJob).toHaveProperty('AIRCRAFTOPS_DATA_DIR', platform.dataDir);
    expect(bridgeCore).toMatchObject({
      AIRCRAFTOPS_CORE_TABLE: 'CoreTable',
      AIRCRAFTOPS_EVENT_BUS: 'aircraftops',
      AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT: platform.eventBridge.endpoint,
    });
    expect(bridgeCore).not.toHaveProperty('AIRCRAFTOPS_DYNAMODB_ENDPOINT');
    // Nothing reached the runtime's own process environment.
    expect(process.env['AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT']).toBeUndefined();
    expect(process.env['AIRCRAFTOPS_DATA_DIR']).toBeUndefined();
  });

  it('runs a due schedule through the declared scheduled function, with its declared access enforced', async () => {
    const lines: string[] = [];
    const { platform, documentClient } = await startWithProbe(home(), undefined, track, {}, (line) => lines.push(line));
    const folder = `scheduled-${randomUUID().slice(0, 8)}`;
    copyFileSync(path.join(workspaceRoot(), 'apps/ingestion/fixtures/faa-registry/MASTER.txt'), path.join(platform.dataDir, `${folder}-MASTER.txt`));
    const { Schedule } = createJobsEntities(createTables(documentClient, platform.config).JobsTable);
    const scheduleId = randomUUID();
    await createItem(
      Schedule,
      {
        scheduleId,
        name: 'due now',
        cron: '0 3 * * *',
        dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: `${folder}-MASTER.txt` }] },
        enabled: true,
        nextRunAt: new Date(Date.now() - 60_000).toISOString(),
      },
      { actor: { type: 'service', id: 'test' }, correlationId: 'schedule-test' },
    );

    await eventually(async () => {
      const { Item } = await Schedule.build(GetItemCommand).key({ scheduleId }).options({ consistent: true }).send();
      return Item?.lastJobId !== undefined;
    }, `the scheduled run (log: ${lines.filter((line) => line.includes('scheduler')).join(' | ')})`, 30_000);

    expect(lines).toContain('[scheduler] ingestion-run-due-schedules: rate(1 minute) in the cloud, every 5 s locally');
    expect(lines.filter((line) => line.includes('AccessDenied') || line.includes('[scheduler] ingestion-run-due-schedules failed'))).toEqual([]);
  });
});
