import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { AuditTrailReader } from '../../domain';
import { auditTrail } from '../../wiring';
import { findPage, isCalendarDate, typeNameSchema } from '../shared';

const DAY_MESSAGE = 'day is required, as a calendar date YYYY-MM-DD (UTC)';


const path = z.object({ detailType: typeNameSchema('detailType') });
const query = z.object({
  ...pageQueryShape,
  day: z.string(DAY_MESSAGE).check(z.refine(isCalendarDate, DAY_MESSAGE)),
});

/**
 * `GET /audit/types/{detailType}?day=YYYY-MM-DD`: every event of one detail-type on one UTC day,
 * newest first (GSI2, one partition per type and day).
 * @example
 * const handler = createGetTypeEventsHandler(inMemoryReader);
 */
export const createGetTypeEventsHandler = (reader: AuditTrailReader): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path, query }, ({ path: { detailType }, query: { day, ...page } }) =>
    findPage(reader, { kind: 'typeOnDay', detailType, day }, page, { detailType: 'path.detailType', day: 'query.day' }),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetTypeEventsHandler(auditTrail);
