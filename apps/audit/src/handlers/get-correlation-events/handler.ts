import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { AuditTrailReader } from '../../domain';
import { auditTrail } from '../../wiring';
import { findPage, segmentSchema } from '../shared';

const path = z.object({ correlationId: segmentSchema('correlationId') });
const query = z.object(pageQueryShape);

/**
 * `GET /audit/correlations/{correlationId}`: every event one request or job caused, newest first (GSI3).
 * @example
 * const handler = createGetCorrelationEventsHandler(inMemoryReader);
 */
export const createGetCorrelationEventsHandler = (reader: AuditTrailReader): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path, query }, ({ path: { correlationId }, query: page }) =>
    findPage(reader, { kind: 'correlation', correlationId }, page, { correlationId: 'path.correlationId' }),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetCorrelationEventsHandler(auditTrail);
