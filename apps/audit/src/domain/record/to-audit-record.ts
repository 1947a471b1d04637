import { InvalidAuditMessageError, UnsupportedSourceError } from '../errors';
import { describeIssues, type EventBridgeEnvelope, PLATFORM_METADATA_KEYS, platformDetailSchema } from '../message';
import { DEFAULT_RETENTION_POLICY, expiresAt, retentionFor, type RetentionPolicy } from '../retention';
import type { AuditRecord } from './audit-record';
import { checkAgainstCatalog } from './check-against-catalog';

/** Our sources; the subscription's pattern (`prefix: aircraftops.`) delivers nothing else. */
const PLATFORM_SOURCE_PREFIX = 'aircraftops.';
const CORE_DETAIL_KEYS = new Set(['metadata', 'data', 'changes']);

/**
 * Turns an EventBridge event into the audit record to store: validates `detail` (contract first,
 * then the platform metadata every record is keyed by), normalises `occurredAt`, applies the
 * retention policy and keeps every field the event carried.
 * @param recordedAt when the consumer handles it.
 * @param retention the retention per event class (configuration; the documented defaults otherwise).
 * @throws UnsupportedSourceError for a source outside `aircraftops.*`.
 * @throws EventValidationError when a known contract rejects the detail.
 * @throws InvalidAuditMessageError when the detail lacks the platform metadata.
 * @example
 * const record = toAuditRecord(parseEventBridgeMessage(body), new Date());
 */
export const toAuditRecord = (envelope: EventBridgeEnvelope, recordedAt: Date, retention: RetentionPolicy = DEFAULT_RETENTION_POLICY): AuditRecord => {
  const { source, 'detail-type': detailType, detail } = envelope;
  if (!source.startsWith(PLATFORM_SOURCE_PREFIX)) throw new UnsupportedSourceError(source);
  const schemaStatus = checkAgainstCatalog(source, detailType, detail);

  const parsed = platformDetailSchema.safeParse(detail, { reportInput: true });
  if (!parsed.success) {
    throw new InvalidAuditMessageError(
      [`${detailType} from ${source}`, ...describeIssues(parsed.error.issues, 'detail')],
      { cause: parsed.error },
    );
  }
  const { metadata, data, changes } = parsed.data;
  // Only this form sorts as a string; the contract also accepts offsets and other precisions.
  const occurredAt = new Date(metadata.occurredAt).toISOString();
  const extras = extrasOf(detail, metadata);

  return {
    eventId: metadata.eventId,
    occurredAt,
    entity: metadata.entity,
    source,
    detailType,
    eventVersion: metadata.eventVersion,
    recordedAt: recordedAt.toISOString(),
    correlationId: metadata.correlationId,
    ...(metadata.causationId === undefined ? {} : { causationId: metadata.causationId }),
    actor: metadata.actor,
    data,
    ...(changes === undefined ? {} : { changes }),
    ...(extras === undefined ? {} : { extras }),
    schemaStatus,
    expiresAt: expiresAt(occurredAt, retentionFor(source, retention)),
  };
};

const extrasOf = (
  detail: Readonly<Record<string, unknown>>,
  metadata: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined => {
  const extras: Record<string, unknown> = Object.fromEntries(Object.entries(detail).filter(([key]) => !CORE_DETAIL_KEYS.has(key)));
  const metadataKeys: readonly string[] = PLATFORM_METADATA_KEYS;
  const unknownMetadata = Object.entries(metadata).filter(([key]) => !metadataKeys.includes(key));
  if (unknownMetadata.length > 0) extras['metadata'] = Object.fromEntries(unknownMetadata);
  return Object.keys(extras).length === 0 ? undefined : extras;
};
