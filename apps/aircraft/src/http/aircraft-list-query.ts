import { pageQueryShape } from '@aircraftops/lambda-kit';

import type { AircraftListFilter } from '../domain';
import { modelCodeParam } from './code-params';
import { nameQuery } from './name-query';
import * as z from 'zod/mini';

const FILTERS = ['model', 'registrant', 'expiring'] as const;

/**
 * The query of `GET /aircraft`: exactly one of `model` (GSI2), `registrant` (name prefix, GSI3) or
 * `expiring` (`YYYY-MM`, GSI1), plus paging. Outputs the domain filter and the page request.
 * @example
 * httpHandler({ role: 'viewer', query: aircraftListQuery }, ({ query }) => listAircraft(query.filter, query.page, ports));
 */
export const aircraftListQuery = z.pipe(
  z
    .strictObject({
      model: z.optional(modelCodeParam),
      registrant: z.optional(nameQuery(100)),
      expiring: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'))),
      ...pageQueryShape,
    })
    .check(
      z.refine((query) => FILTERS.filter((name) => query[name] !== undefined).length === 1, {
        message: `give exactly one of ${FILTERS.join(', ')}`,
      }),
    ),
  z.transform(({ model, registrant, expiring, limit, nextToken }) => {
    const filter: AircraftListFilter =
      model !== undefined
        ? { by: 'model', mfrMdlCode: model }
        : registrant !== undefined
          ? { by: 'registrant', namePrefix: registrant }
          : { by: 'expiring', month: expiring as string };
    return { filter, page: { limit, nextToken } };
  }),
);
