import type { Role } from '@aircraftops/lambda-kit';

import type { JobJson, PageJson, RowErrorJson, ScheduleJson } from './api-types';
import { type ApiMethod, sendJson } from './send-json';

/** Mints a bearer token for a role (a fresh one per request, so a long `ingest` never outlives it). */
export type TokenProvider = (role: Role) => Promise<string>;

/** Connects to the API only when a command got past its argument checks (bad arguments fail first, exit 2). */
export type ApiConnector = () => Promise<IngestionApiClient>;

const query = (params: Record<string, string | number | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([name, value]): [string, string] => [name, String(value)])).toString()}`;
};

/**
 * The ingestion HTTP API (`/ingestion/...`) with the role each call needs.
 * @example
 * const api = new IngestionApiClient(state.gatewayUrl, tokens);
 * const job = await api.startJob([{ key: 'uploads/…-MASTER.txt' }]);
 */
export class IngestionApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly tokens: TokenProvider,
  ) {}

  startJob(files: readonly { key: string; kind?: string }[]): Promise<JobJson> {
    return this.send('POST', '/ingestion/jobs', 'operator', { files });
  }

  getJob(jobId: string): Promise<JobJson> {
    return this.send('GET', `/ingestion/jobs/${encodeURIComponent(jobId)}`, 'viewer');
  }

  listJobs(params: { status?: string; limit?: number; nextToken?: string } = {}): Promise<PageJson<JobJson>> {
    return this.send('GET', `/ingestion/jobs${query(params)}`, 'viewer');
  }

  listJobErrors(jobId: string, params: { limit?: number; nextToken?: string } = {}): Promise<PageJson<RowErrorJson>> {
    return this.send('GET', `/ingestion/jobs/${encodeURIComponent(jobId)}/errors${query(params)}`, 'viewer');
  }

  cancelJob(jobId: string): Promise<JobJson> {
    return this.send('POST', `/ingestion/jobs/${encodeURIComponent(jobId)}/cancel`, 'operator');
  }

  resumeJob(jobId: string): Promise<JobJson> {
    return this.send('POST', `/ingestion/jobs/${encodeURIComponent(jobId)}/resume`, 'operator');
  }

  listSchedules(params: { limit?: number; nextToken?: string } = {}): Promise<PageJson<ScheduleJson>> {
    return this.send('GET', `/ingestion/schedules${query(params)}`, 'viewer');
  }

  addSchedule(input: { name: string; cron: string; timezone?: string; files: readonly { key: string }[] }): Promise<ScheduleJson> {
    return this.send('POST', '/ingestion/schedules', 'admin', input);
  }

  async removeSchedule(scheduleId: string): Promise<void> {
    await this.send('DELETE', `/ingestion/schedules/${encodeURIComponent(scheduleId)}`, 'admin');
  }

  private async send<T>(method: ApiMethod, path: string, role: Role, body?: unknown): Promise<T> {
    return sendJson<T>(method, `${this.baseUrl.replace(/\/$/, '')}${path}`, { token: await this.tokens(role), ...(body === undefined ? {} : { body }) });
  }
}
