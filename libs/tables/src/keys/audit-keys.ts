import { ACTOR_TYPES } from '../common';
import { escapeKeyPart } from './escape-key-part';
import { validateId, validateIsoDate, validateIsoTimestamp, validateOneOf, validateText, validateTypeName } from './identifiers';
import { assertKeySize } from './key-limits';

/** `<occurredAt>#<eventId>`: every audit index sorts chronologically, ties broken by event id. */
const eventSortKey = (occurredAt: unknown, eventId: unknown): string =>
  `${validateIsoTimestamp(occurredAt, 'occurredAt')}#${validateId(eventId, 'eventId')}`;

/**
 * Keys of `AuditEvent` items and of its three indexes (actor, detail-type per day, correlation id).
 * @example
 * auditEventKeys.entityPartition('Aircraft', '12345'); // 'ENTITY#Aircraft#12345'
 */
export const auditEventKeys = {
  entityPartition: (entityType: unknown, entityId: unknown): string =>
    assertKeySize(
      `ENTITY#${validateTypeName(entityType, 'entity.type')}#${escapeKeyPart(validateText(entityId, 'entity.id'))}`,
      'partition',
      'entity.id',
    ),
  primary: (entityType: unknown, entityId: unknown, occurredAt: unknown, eventId: unknown) => ({
    PK: auditEventKeys.entityPartition(entityType, entityId),
    SK: `EVENT#${eventSortKey(occurredAt, eventId)}`,
  }),
  actorPartition: (actorType: unknown, actorId: unknown): string =>
    assertKeySize(
      `ACTOR#${validateOneOf(actorType, ACTOR_TYPES, 'actor.type')}#${escapeKeyPart(validateText(actorId, 'actor.id'))}`,
      'partition',
      'actor.id',
    ),
  /** Day buckets keep one busy detail-type from concentrating on a single partition forever. */
  typeDayPartition: (detailType: unknown, day: unknown): string =>
    `TYPE#${validateTypeName(detailType, 'detailType')}#${validateIsoDate(day, 'day')}`,
  correlationPartition: (correlationId: unknown): string =>
    assertKeySize(
      `CORRELATION#${escapeKeyPart(validateText(correlationId, 'correlationId'))}`,
      'partition',
      'correlationId',
    ),
  sortKey: eventSortKey,
};
