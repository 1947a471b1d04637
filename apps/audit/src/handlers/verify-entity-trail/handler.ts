import { httpHandler, type HttpLambdaHandler, ValidationError } from '@aircraftops/lambda-kit';
import { type InvalidKeyError, isTablesError } from '@aircraftops/tables';
import * as z from 'zod/mini';

import { type EntityTrailVerification, verifyEntityTrail, type VerifyEntityTrailPorts } from '../../domain';
import { auditTrail } from '../../wiring';
import { segmentSchema, typeNameSchema } from '../shared';

const path = z.object({ entityType: typeNameSchema('entityType'), entityId: segmentSchema('entityId') });
const FIELDS: Readonly<Record<string, string>> = { 'entity.type': 'path.entityType', 'entity.id': 'path.entityId' };

/**
 * `GET /audit/entities/{entityType}/{entityId}/verify`: whether the entity's hash chain is intact and, when
 * it is not, the first record altered, removed or inserted, and why. Always 200: a tampered trail is the
 * answer, not an error.
 * @example
 * const handler = createVerifyEntityTrailHandler({ chains: auditTrail, now: () => new Date() });
 */
export const createVerifyEntityTrailHandler = (ports: VerifyEntityTrailPorts): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path }, async ({ path: { entityType, entityId } }): Promise<EntityTrailVerification> => {
    try {
      return await verifyEntityTrail(entityType, entityId, ports);
    } catch (error) {
      if (isTablesError(error, 'tables.invalidKey')) {
        const { field, reason } = error as InvalidKeyError;
        throw new ValidationError([{ field: FIELDS[field] ?? field, message: reason }], { cause: error });
      }
      throw error;
    }
  });

/** Lambda entry point (manifest route). */
export const handler = createVerifyEntityTrailHandler({ chains: auditTrail, now: () => new Date() });
