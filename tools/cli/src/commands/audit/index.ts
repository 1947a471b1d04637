import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { auditEventAction, auditListAction, type AuditListOptions, auditStatusAction, auditVerifyAction } from './audit-actions';
import { connectAuditApi } from './audit-api-client';
import { auditRuntimeView } from './runtime-view';
import { ControlApiClient } from '../../support/control-api-client';
import { requireRuntime } from '../../support/resolve-endpoints';

export { AuditApiClient, connectAuditApi } from './audit-api-client';
export { formatAuditEvent, formatAuditPage, formatHealth, formatVerification } from './format-audit';
export { type AuditRuntimeView, auditRuntimeView } from './runtime-view';

const AS_HELP = 'subject of the CLI\'s auditor tokens (default cli)';

const withPaging = (command: Command): Command =>
  command
    .option('--limit <n>', 'records per page, 1 to 100 (default 25)')
    .option('--next-token <token>', 'the page after the one that printed this token')
    .option('--json', 'print the page as JSON')
    .option('--as <sub>', AS_HELP);

/**
 * `aircraftops audit trail|actor|type|correlation|event|verify|status`, through the running platform's audit
 * API with an `auditor` token.
 * @example
 * registerAuditCommands(program);
 */
export const registerAuditCommands = (program: Command): void => {
  const audit = program.command('audit').description('The audit trail: query it, verify its hash chains, see how it keeps up (auditor role)');
  const list = (options: AuditListOptions & { as?: string }, call: Parameters<typeof auditListAction>[0]) =>
    auditListAction(call, options, processIo, () => connectAuditApi(options));

  withPaging(audit.command('trail').description("An entity's trail, newest first").argument('<type>', 'entity type, e.g. Aircraft').argument('<id>', 'entity id')).action(
    (type: string, id: string, options: AuditListOptions & { as?: string }) => list(options, (api, params) => api.trail(type, id, params)),
  );
  withPaging(
    audit
      .command('actor')
      .description('What one user or service did, newest first')
      .argument('<type>', 'user or service')
      .argument('<id>', 'actor id')
      .option('--from <instant>', 'inclusive ISO-8601 instant with a zone')
      .option('--to <instant>', 'inclusive ISO-8601 instant with a zone'),
  ).action((type: string, id: string, options: AuditListOptions & { as?: string }) => list(options, (api, params) => api.actor(type, id, params)));
  withPaging(
    audit
      .command('type')
      .description('Events of one detail-type in a time range (< 31 days) or on one day, newest first')
      .argument('<detailType>', 'e.g. AircraftUpdated')
      .option('--from <instant>', 'inclusive ISO-8601 instant with a zone (with --to)')
      .option('--to <instant>', 'inclusive ISO-8601 instant with a zone (with --from)')
      .option('--day <YYYY-MM-DD>', 'one UTC day instead of --from/--to'),
  ).action((detailType: string, options: AuditListOptions & { as?: string }) => list(options, (api, params) => api.type(detailType, params)));
  withPaging(audit.command('correlation').description('Events of one request or job, newest first').argument('<id>', 'correlation id')).action(
    (id: string, options: AuditListOptions & { as?: string }) => list(options, (api, params) => api.correlation(id, params)),
  );
  audit
    .command('event')
    .description('One audit record by event id')
    .argument('<eventId>', 'event id')
    .option('--json', 'print the record as JSON')
    .option('--as <sub>', AS_HELP)
    .action((eventId: string, options: { json?: boolean; as?: string }) => auditEventAction(eventId, options, processIo, () => connectAuditApi(options)));
  audit
    .command('verify')
    .description("Check an entity's hash chain: intact, or the first record altered, removed or inserted (exit 1 when tampered)")
    .argument('<type>', 'entity type, e.g. Aircraft')
    .argument('<id>', 'entity id')
    .option('--json', 'print the verdict as JSON')
    .option('--as <sub>', AS_HELP)
    .action((type: string, id: string, options: { json?: boolean; as?: string }) => auditVerifyAction(type, id, options, processIo, () => connectAuditApi(options)));
  audit
    .command('status')
    .description("Records in the last hour, the last export, the export's lag and the recorder's queue and DLQ (the last two from the local runtime)")
    .option('--json', 'print the figures as JSON')
    .option('--as <sub>', AS_HELP)
    .action((options: { json?: boolean; as?: string }) =>
      auditStatusAction(options, processIo, () => connectAuditApi(options), () => auditRuntimeView(new ControlApiClient(requireRuntime().eventBridgeEndpoint))),
    );
};
