import { renderTable } from '../../support/render-table';
import { truncateText } from '../../support/truncate-text';
import type { AuditEventJson, AuditPageJson, HealthJson, VerificationJson } from './audit-api-client';
import type { AuditRuntimeView } from './runtime-view';

const changesOf = (event: AuditEventJson): string =>
  Object.entries(event.changes ?? {})
    .map(([field, change]) => `${field}: ${JSON.stringify(change.old)} → ${JSON.stringify(change.new)}`)
    .join('; ');

/**
 * A page of audit records as a table, newest first, and how to get the next page.
 * @example
 * io.stdout(formatAuditPage(page));
 */
export const formatAuditPage = (page: AuditPageJson): string => {
  if (page.items.length === 0) return 'No audit records.\n';
  const table = renderTable(
    ['Occurred', 'Event', 'Entity', 'Ver', 'Actor', 'Changes', 'Correlation', 'Event id'],
    page.items.map((event) => [
      event.occurredAt,
      event.detailType,
      `${event.entity.type} ${event.entity.id}`,
      event.entity.version ?? '',
      `${event.actor.type}:${event.actor.id}`,
      truncateText(changesOf(event), 60),
      truncateText(event.correlationId, 24),
      event.eventId,
    ]),
  );
  return page.nextToken === undefined ? table : `${table}More: --next-token ${page.nextToken}\n`;
};

/** One record in full. @example io.stdout(formatAuditEvent(record)); */
export const formatAuditEvent = (event: AuditEventJson): string =>
  [
    `Event       ${event.eventId}  ${event.source} ${event.detailType}`,
    `Entity      ${event.entity.type} ${event.entity.id}${event.entity.version === undefined ? '' : ` v${event.entity.version}`}`,
    `Actor       ${event.actor.type}:${event.actor.id}`,
    `Occurred    ${event.occurredAt}  (recorded ${event.recordedAt}, kept until ${event.expiresAt})`,
    `Correlation ${event.correlationId}`,
    ...Object.entries(event.changes ?? {}).map(([field, change]) => `  ${field}: ${JSON.stringify(change.old)} → ${JSON.stringify(change.new)}`),
    ...(event.chain === undefined ? [] : [`Chain       #${event.chain.seq} ${event.chain.hash}`]),
  ].join('\n') + '\n';

/** The verdict on a trail. @example io.stdout(formatVerification(verdict)); */
export const formatVerification = (verdict: VerificationJson): string => {
  const lines = [`${verdict.entity.type} ${verdict.entity.id}: ${verdict.status.toUpperCase()} (${verdict.records} records read, chain of ${verdict.chainLength})`];
  if (verdict.firstProblem !== undefined) {
    const { problem, seq, eventId, reason } = verdict.firstProblem;
    lines.push(`  first problem: ${problem}${seq === undefined ? '' : ` at #${seq}`}${eventId === undefined ? '' : ` (event ${eventId})`}: ${reason}`);
  }
  for (const gap of verdict.expired) lines.push(`  expired: #${gap.fromSeq}${gap.toSeq === gap.fromSeq ? '' : `-#${gap.toSeq}`} (${gap.state})`);
  return `${lines.join('\n')}\n`;
};

/**
 * The health figures: the API's, and the local runtime's for what no function can read.
 * @example
 * io.stdout(formatHealth(health, runtime));
 */
export const formatHealth = (health: HealthJson, runtime: AuditRuntimeView): string =>
  renderTable(
    ['Figure', 'Value'],
    [
      ['Records in the last hour', health.recordsLastHour],
      ['Last export', describeLastExport(health.lastExport)],
      [
        'Export lag (iterator age)',
        runtime.export === null ? 'no export consumer' : runtime.export.iteratorAgeMs === null ? 'nothing exported yet' : `${(runtime.export.iteratorAgeMs / 1000).toFixed(1)} s`,
      ],
      ['Export on-failure records', runtime.export?.onFailureDepth ?? '–'],
      ['Recorder queue (waiting / in flight)', runtime.recorder === null ? 'no recorder rule' : `${runtime.recorder.waiting} / ${runtime.recorder.inFlight}`],
      ['Recorder DLQ depth', runtime.recorder?.deadLetters ?? '–'],
    ],
  );

function describeLastExport(lastExport: HealthJson['lastExport']): string {
  if (lastExport === null) return 'none yet';
  if ('available' in lastExport) return `not visible to the API: ${lastExport.reason}`;
  return `${lastExport.at} (${lastExport.ageSeconds} s ago, ${lastExport.eventId})`;
}
