import type { CommandIo } from '../../support/command-io';
import { formatJson } from '../../support/format-json';
import { parseLimit } from '../jobs/parse-job-options';
import type { AuditApiClient, AuditApiConnector, AuditPageJson } from './audit-api-client';
import type { AuditRuntimeView } from './runtime-view';
import { formatAuditEvent, formatAuditPage, formatHealth, formatVerification } from './format-audit';

/** What every list command accepts. */
export interface AuditListOptions {
  readonly limit?: string;
  readonly nextToken?: string;
  readonly from?: string;
  readonly to?: string;
  readonly day?: string;
  readonly json?: boolean;
}

const MAX_PAGE = 100;

/**
 * One page of a list route, as a table or `--json`.
 * @example
 * await auditListAction((api, params) => api.trail('Aircraft', 'N1', params), {}, processIo, connect);
 */
export const auditListAction = async (
  list: (api: AuditApiClient, params: Record<string, string | number | undefined>) => Promise<AuditPageJson>,
  options: AuditListOptions,
  io: CommandIo,
  connect: AuditApiConnector,
): Promise<void> => {
  const params = {
    limit: parseLimit(options.limit, MAX_PAGE),
    nextToken: options.nextToken,
    from: options.from,
    to: options.to,
    day: options.day,
  };
  const page = await list(await connect(), params);
  io.stdout(options.json ? formatJson(page) : formatAuditPage(page));
};

/** `aircraftops audit event <eventId>`. @example await auditEventAction('e1', {}, processIo, connect); */
export const auditEventAction = async (eventId: string, options: { json?: boolean }, io: CommandIo, connect: AuditApiConnector): Promise<void> => {
  const event = await (await connect()).event(eventId);
  io.stdout(options.json ? formatJson(event) : formatAuditEvent(event));
};

/**
 * `aircraftops audit verify <type> <id>`: prints the verdict; a tampered trail exits 1, so scripts can gate on it.
 * @example
 * await auditVerifyAction('Aircraft', 'N1', {}, processIo, connect);
 */
export const auditVerifyAction = async (
  type: string,
  id: string,
  options: { json?: boolean },
  io: CommandIo,
  connect: AuditApiConnector,
): Promise<void> => {
  const verdict = await (await connect()).verify(type, id);
  io.stdout(options.json ? formatJson(verdict) : formatVerification(verdict));
  if (verdict.status === 'tampered') process.exitCode = 1;
};

/**
 * `aircraftops audit status`: the API's health figures, completed with what only the local runtime knows
 * (the recorder's queue and DLQ, the export's iterator age).
 * @example
 * await auditStatusAction({}, processIo, connect, () => auditRuntimeView(control));
 */
export const auditStatusAction = async (
  options: { json?: boolean },
  io: CommandIo,
  connect: AuditApiConnector,
  runtimeView: () => Promise<AuditRuntimeView>,
): Promise<void> => {
  const [health, runtime] = await Promise.all([(await connect()).health(), runtimeView()]);
  io.stdout(options.json ? formatJson({ ...health, runtime }) : formatHealth(health, runtime));
};
