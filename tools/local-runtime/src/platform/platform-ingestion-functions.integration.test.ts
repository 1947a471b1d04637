import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { buildHttpEvent } from '@aircraftops/lambda-kit';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

import { workspaceRoot } from '../state';
import { type Platform, startWithProbe, usePlatformHome } from './platform.fixtures.test';

const eventually = async <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** Calls a declared route's function as the gateway does, as an admin. */
const route = (platform: Platform) => async (name: string, input: { method?: string; path: string; routePath?: string; pathParameters?: Record<string, string>; body?: unknown }) => {
  const response = (await platform.functions.get(name)!.invoke(
    buildHttpEvent({ ...input, claims: { sub: 'alice', 'cognito:groups': '[admin]' } }),
  )) as APIGatewayProxyStructuredResultV2;
  return { statusCode: response.statusCode, json: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : undefined };
};

// Its own file: Jest gives each file a fresh module registry, as a new process gives a Lambda a cold start.
describe('every ingestion function, run as declared (environment and access enforced)', () => {
  const { home, track } = usePlatformHome();

  it('starts, runs, lists, cancels and resumes jobs and manages schedules without an undeclared access', async () => {
    const lines: string[] = [];
    const { platform } = await startWithProbe(home(), undefined, track, {}, (line) => lines.push(line));
    const call = route(platform);
    const sample = (name: string) => path.join(workspaceRoot(), 'apps/ingestion/fixtures/faa-registry', name);
    copyFileSync(sample('MASTER.txt'), path.join(platform.dataDir, 'MASTER.txt'));
    copyFileSync(sample('MASTER.txt'), path.join(platform.dataDir, 'DOOMED.txt'));
    const jobStatus = async (id: string) => (await call('ingestion-get-job', { path: `/ingestion/jobs/${id}`, routePath: '/ingestion/jobs/{id}', pathParameters: { id } })).json?.['status'];

    // A job that runs to the end: start-job, then the stream runner (run-queued-jobs) with CoreTable writes.
    const started = await call('ingestion-start-job', { method: 'POST', path: '/ingestion/jobs', body: { files: [{ key: 'MASTER.txt' }] } });
    expect(started.statusCode).toBe(202);
    const jobId = started.json!['jobId'] as string;
    await eventually(async () => ((await jobStatus(jobId)) === 'COMPLETED' ? true : undefined), 'the job to complete');
    expect((await call('ingestion-list-jobs', { path: '/ingestion/jobs' })).statusCode).toBe(200);
    expect((await call('ingestion-list-job-errors', { path: `/ingestion/jobs/${jobId}/errors`, routePath: '/ingestion/jobs/{id}/errors', pathParameters: { id: jobId } })).statusCode).toBe(200);

    // A job whose file disappears before it runs fails; resume queues it again.
    rmSync(path.join(platform.dataDir, 'DOOMED.txt'));
    copyFileSync(sample('ENGINE.txt'), path.join(platform.dataDir, 'DOOMED.txt'));
    const doomed = await call('ingestion-start-job', { method: 'POST', path: '/ingestion/jobs', body: { files: [{ key: 'DOOMED.txt' }] } });
    const doomedId = doomed.json!['jobId'] as string;
    rmSync(path.join(platform.dataDir, 'DOOMED.txt'));
    const ended = await eventually(async () => {
      const status = await jobStatus(doomedId);
      return status === 'FAILED' || status === 'COMPLETED' ? status : undefined;
    }, 'the doomed job to end');
    if (ended === 'FAILED') {
      const resumed = await call('ingestion-resume-job', { method: 'POST', path: `/ingestion/jobs/${doomedId}/resume`, routePath: '/ingestion/jobs/{id}/resume', pathParameters: { id: doomedId } });
      expect(resumed.statusCode).toBe(202);
    }
    const cancelled = await call('ingestion-cancel-job', { method: 'POST', path: `/ingestion/jobs/${doomedId}/cancel`, routePath: '/ingestion/jobs/{id}/cancel', pathParameters: { id: doomedId } });
    expect([200, 409]).toContain(cancelled.statusCode);

    // Schedules: add, list, remove.
    const schedule = await call('ingestion-add-schedule', { method: 'POST', path: '/ingestion/schedules', body: { name: 'nightly', cron: '0 3 * * *', files: [{ key: 'MASTER.txt' }] } });
    expect(schedule.statusCode).toBe(201);
    const scheduleId = schedule.json!['scheduleId'] as string;
    expect((await call('ingestion-list-schedules', { path: '/ingestion/schedules' })).statusCode).toBe(200);
    expect((await call('ingestion-remove-schedule', { method: 'DELETE', path: `/ingestion/schedules/${scheduleId}`, routePath: '/ingestion/schedules/{id}', pathParameters: { id: scheduleId } })).statusCode).toBe(204);

    expect(lines.filter((line) => /AccessDenied|not authorized/.test(line))).toEqual([]);
  });
});
