import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { AuditTrailReader } from '../../domain';
import { auditTrail } from '../../wiring';
import { findPage, instantSchema, segmentSchema } from '../shared';

const path = z.object({
  actorType: z.enum(['user', 'service'], 'actorType must be user or service'),
  actorId: segmentSchema('actorId'),
});
const query = z
  .object({ ...pageQueryShape, from: z.optional(instantSchema), to: z.optional(instantSchema) })
  .check(
    z.refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
      message: 'from must not be after to',
      path: ['from'],
    }),
  );

/**
 * `GET /audit/actors/{actorType}/{actorId}?from=&to=`: what one user or service did, newest first,
 * optionally within an inclusive time range (GSI1).
 * @example
 * const handler = createGetActorEventsHandler(inMemoryReader);
 */
export const createGetActorEventsHandler = (reader: AuditTrailReader): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path, query }, ({ path: { actorType, actorId }, query: { from, to, ...page } }) =>
    findPage(
      reader,
      { kind: 'actor', actorType, actorId, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
      page,
      { 'actor.type': 'path.actorType', 'actor.id': 'path.actorId', from: 'query.from', to: 'query.to' },
    ),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetActorEventsHandler(auditTrail);
