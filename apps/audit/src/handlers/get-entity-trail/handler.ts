import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { AuditTrailReader } from '../../domain';
import { auditTrail } from '../../wiring';
import { findPage, segmentSchema, typeNameSchema } from '../shared';

const path = z.object({ entityType: typeNameSchema('entityType'), entityId: segmentSchema('entityId') });
const query = z.object(pageQueryShape);

/**
 * `GET /audit/entities/{entityType}/{entityId}`: the trail of one entity, newest first.
 * @example
 * const handler = createGetEntityTrailHandler(inMemoryReader);
 */
export const createGetEntityTrailHandler = (reader: AuditTrailReader): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path, query }, ({ path: { entityType, entityId }, query: page }) =>
    findPage(reader, { kind: 'entity', entityType, entityId }, page, {
      'entity.type': 'path.entityType',
      'entity.id': 'path.entityId',
    }),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetEntityTrailHandler(auditTrail);
