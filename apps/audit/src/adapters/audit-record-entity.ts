import { type AuditEventsTableType, auditEventKeys, auditEventSchema, createAuditEventEntity } from '@aircraftops/tables';
import { any, Entity, type FormattedItem, string } from 'dynamodb-toolbox';

/**
 * The `AuditEvent` item as the audit app writes it: the table library's entity (name, schema with
 * its validation and index keys, entity attribute, timestamps) plus the two attributes the consumer
 * needs that the library does not declare yet. Built from the library's entity, not copied, so
 * changes there carry over.
 *
 * @debt missing-attributes "`schemaStatus` and `extras` belong in libs/tables `auditEventSchema`;
 * once they are there, use `AuditEventEntity` from @aircraftops/tables and delete this file."
 * Both entities read the same items (dynamodb-toolbox formatting ignores undeclared attributes).
 *
 * @example
 * const AuditRecordEntity = createAuditRecordEntity(AuditEventsTable);
 */
export const createAuditRecordEntity = (table: AuditEventsTableType) => {
  const base = createAuditEventEntity(table);
  return new Entity({
    name: base.entityName,
    table,
    schema: auditEventSchema.and({
      schemaStatus: string().enum('valid', 'unknown'),
      extras: any().optional(),
    }),
    entityAttribute: base.entityAttribute,
    timestamps: base.timestamps,
    computeKey: ({ entity, occurredAt, eventId }) => auditEventKeys.primary(entity.type, entity.id, occurredAt, eventId),
  });
};

export type AuditRecordEntityType = ReturnType<typeof createAuditRecordEntity>;
export type AuditRecordItem = FormattedItem<AuditRecordEntityType>;
