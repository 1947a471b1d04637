import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { AuditTrailReader } from '../../domain';
import { auditTrail } from '../../wiring';
import { findPage, instantSchema, isCalendarDate, typeNameSchema } from '../shared';

/** At most this many UTC days per listing: one GSI2 partition per day, walked newest first. */
export const MAX_TYPE_RANGE_DAYS = 31;
const DAY_MS = 86_400_000;
const DAY_MESSAGE = 'day must be a calendar date YYYY-MM-DD (UTC)';
const RANGE_MESSAGE = `give either day=YYYY-MM-DD or both from and to (ISO instants, at most ${MAX_TYPE_RANGE_DAYS} days apart)`;

const path = z.object({ detailType: typeNameSchema('detailType') });
const query = z
  .object({
    ...pageQueryShape,
    day: z.optional(z.string(DAY_MESSAGE).check(z.refine(isCalendarDate, DAY_MESSAGE))),
    from: z.optional(instantSchema),
    to: z.optional(instantSchema),
  })
  .check(
    z.refine(({ day, from, to }) => (day === undefined) === (from !== undefined && to !== undefined) && (day === undefined || (from === undefined && to === undefined)), {
      message: RANGE_MESSAGE,
      path: ['from'],
    }),
    z.refine(({ from, to }) => from === undefined || to === undefined || from <= to, { message: 'from must not be after to', path: ['from'] }),
    z.refine(({ from, to }) => from === undefined || to === undefined || Date.parse(to) - Date.parse(from) < MAX_TYPE_RANGE_DAYS * DAY_MS, {
      message: `from and to must be less than ${MAX_TYPE_RANGE_DAYS} days apart`,
      path: ['to'],
    }),
  );

/** A day as the inclusive instants bounding it. */
const rangeOfDay = (day: string) => ({ from: `${day}T00:00:00.000Z`, to: `${day}T23:59:59.999Z` });

/**
 * `GET /audit/types/{detailType}?from=&to=` (or `?day=YYYY-MM-DD`): every event of one detail-type in an
 * inclusive time range of at most 31 days, newest first (GSI2: one partition per type and UTC day, walked
 * from the newest day back; the cursor names the day).
 * @example
 * const handler = createGetTypeEventsHandler(inMemoryReader);
 */
export const createGetTypeEventsHandler = (reader: AuditTrailReader): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor', path, query }, ({ path: { detailType }, query: { day, from, to, ...page } }) =>
    findPage(reader, { kind: 'typeInRange', detailType, ...(day === undefined ? { from: from!, to: to! } : rangeOfDay(day)) }, page, {
      detailType: 'path.detailType',
      day: 'query.day',
      from: 'query.from',
      to: 'query.to',
    }),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetTypeEventsHandler(auditTrail);
