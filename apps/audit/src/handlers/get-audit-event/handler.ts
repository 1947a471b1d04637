import { httpHandler, type HttpLambdaHandler, ValidationError } from '@aircraftops/lambda-kit';
import { type InvalidKeyError, isTablesError } from '@aircraftops/tables';
import * as z from 'zod/mini';

import { getAuditEvent, type GetAuditEventPorts } from '../../domain';
import { auditTrail } from '../../wiring';
import { type AuditEventView, segmentSchema, toAuditEventView } from '../shared';

const path = z.object({ eventId: segmentSchema('eventId') });

/**
 * `GET /audit/events/{eventId}`: the audit record of one event (404 when there is none, or it expired).
 * @example
 * const handler = createGetAuditEventHandler({ events: auditTrail, now: () => new Date() });
 */
export const createGetAuditEventHandler = (ports: GetAuditEventPorts): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path }, async ({ path: { eventId } }): Promise<AuditEventView> => {
    try {
      return toAuditEventView(await getAuditEvent(eventId, ports));
    } catch (error) {
      if (isTablesError(error, 'tables.invalidKey')) {
        throw new ValidationError([{ field: 'path.eventId', message: (error as InvalidKeyError).reason }], { cause: error });
      }
      throw error;
    }
  });

/** Lambda entry point (manifest route). */
export const handler = createGetAuditEventHandler({ events: auditTrail, now: () => new Date() });
