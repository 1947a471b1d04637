import { LocalIssuer } from '@aircraftops/lambda-kit';
import { issuerKeyDir, type RuntimeState } from '@aircraftops/local-runtime';

import { CliError } from '../../support/cli-error';
import { EXIT_USAGE } from '../../support/exit-codes';
import { requireRuntime } from '../../support/resolve-endpoints';
import { sendJson } from '../jobs/send-json';

/** An audit record as the API answers it (the fields the CLI prints; the rest passes through `--json`). */
export interface AuditEventJson {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly detailType: string;
  readonly source: string;
  readonly entity: { readonly type: string; readonly id: string; readonly version?: number };
  readonly actor: { readonly type: string; readonly id: string };
  readonly correlationId: string;
  readonly changes?: Readonly<Record<string, { readonly old?: unknown; readonly new?: unknown }>>;
  readonly expiresAt: string;
  readonly chain?: { readonly seq: number; readonly hash: string };
}

/** One page of a list route. */
export interface AuditPageJson {
  readonly items: readonly AuditEventJson[];
  readonly nextToken?: string;
}

/** `GET /audit/entities/{type}/{id}/verify`. */
export interface VerificationJson {
  readonly entity: { readonly type: string; readonly id: string };
  readonly status: 'intact' | 'tampered';
  readonly records: number;
  readonly chainLength: number;
  readonly expired: readonly { readonly fromSeq: number; readonly toSeq: number; readonly state: string }[];
  readonly firstProblem?: { readonly problem: string; readonly seq?: number; readonly eventId?: string; readonly reason: string };
}

/** `GET /audit/health`. */
export interface HealthJson {
  readonly checkedAt: string;
  readonly recordsLastHour: number;
  /** `null` before the first export; `available: false` where the function cannot see the export (the cloud: Firehose). */
  readonly lastExport:
    | { readonly at: string; readonly eventId: string; readonly ageSeconds: number }
    | { readonly available: false; readonly reason: string }
    | null;
  readonly consumerLag: { readonly available: boolean; readonly reason?: string };
  readonly dlqDepth: { readonly available: boolean; readonly reason?: string };
}

/** Page parameters and filters, as query parameters. */
export type AuditQueryParams = Readonly<Record<string, string | number | undefined>>;

const query = (params: AuditQueryParams): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([name, value]): [string, string] => [name, String(value)])).toString()}`;
};
const segment = encodeURIComponent;

/**
 * The audit HTTP API (`/audit/...`), every call with an `auditor` token.
 * @example
 * const page = await new AuditApiClient(state.gatewayUrl, tokens).trail('Aircraft', 'N511CR', { limit: 10 });
 */
export class AuditApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: () => Promise<string>,
  ) {}

  trail = (type: string, id: string, params: AuditQueryParams = {}) => this.get<AuditPageJson>(`/audit/entities/${segment(type)}/${segment(id)}${query(params)}`);
  actor = (type: string, id: string, params: AuditQueryParams = {}) => this.get<AuditPageJson>(`/audit/actors/${segment(type)}/${segment(id)}${query(params)}`);
  type = (detailType: string, params: AuditQueryParams = {}) => this.get<AuditPageJson>(`/audit/types/${segment(detailType)}${query(params)}`);
  correlation = (id: string, params: AuditQueryParams = {}) => this.get<AuditPageJson>(`/audit/correlations/${segment(id)}${query(params)}`);
  event = (eventId: string) => this.get<AuditEventJson>(`/audit/events/${segment(eventId)}`);
  verify = (type: string, id: string) => this.get<VerificationJson>(`/audit/entities/${segment(type)}/${segment(id)}/verify`);
  health = () => this.get<HealthJson>('/audit/health');

  private async get<T>(path: string): Promise<T> {
    return sendJson<T>('GET', `${this.baseUrl.replace(/\/$/, '')}${path}`, { token: await this.token() });
  }
}

/** Connects only once a command got past its argument checks. */
export type AuditApiConnector = () => Promise<AuditApiClient>;

/**
 * A client of the running local platform's audit API, with `auditor` tokens from the local issuer, subject `as`.
 * @example
 * const api = await connectAuditApi({ as: 'carol' });
 */
export const connectAuditApi = async (options: { as?: string; runtime?: RuntimeState } = {}): Promise<AuditApiClient> => {
  const sub = options.as ?? 'cli';
  if (sub.trim() === '') throw new CliError('--as must not be blank.', EXIT_USAGE);
  const runtime = options.runtime ?? requireRuntime();
  const issuer = await LocalIssuer.open({ keyDirectory: issuerKeyDir(runtime.home) });
  return new AuditApiClient(runtime.gatewayUrl, () => issuer.issue({ sub, role: 'auditor', expiresIn: 300 }));
};
