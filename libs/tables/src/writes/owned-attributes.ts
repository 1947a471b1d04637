import type { Entity } from 'dynamodb-toolbox/entity';

import { INDEX_KEY_ATTRIBUTES } from '../common';
import { InvalidChangeError } from '../errors';

/** Attributes the write functions set on versioned items; callers never pass them. */
export const STAMP_ATTRIBUTES = ['version', 'updatedBy', 'correlationId', 'createdAt', 'modifiedAt'] as const;
export type StampAttribute = (typeof STAMP_ATTRIBUTES)[number];
export type IndexKeyAttribute = (typeof INDEX_KEY_ATTRIBUTES)[number];

/** Whether the entity carries `version` (every mutable entity does; AuditEvent and JobRowError do not). */
export const isVersioned = (entity: Entity): boolean => 'version' in entity.schema.attributes;

/** Throws `InvalidChangeError` for the first attribute of `input` that the library owns. */
export const rejectOwnedAttributes = (entity: Entity, input: object): void => {
  const owned: readonly string[] = isVersioned(entity)
    ? [...INDEX_KEY_ATTRIBUTES, ...STAMP_ATTRIBUTES]
    : INDEX_KEY_ATTRIBUTES;
  const field = Object.keys(input).find((name) => owned.includes(name));
  if (field !== undefined) {
    throw new InvalidChangeError(field, `is set by @aircraftops/tables on ${entity.entityName} items; do not pass it`);
  }
};
