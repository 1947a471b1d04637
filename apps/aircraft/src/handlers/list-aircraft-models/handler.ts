import { httpHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { nameQuery } from '../../http/name-query';
import { listAircraftModels } from '../../use-cases/list-aircraft-models';
import { referenceDataPort } from '../../wiring/reference-data-port';

const query = z.strictObject({ manufacturer: nameQuery(200), ...pageQueryShape });

/** `GET /reference/models?manufacturer=` (viewer): one page of a manufacturer's models, `{ items, nextToken? }`. */
export const handler = httpHandler({ role: 'viewer', query }, ({ query }) =>
  listAircraftModels(query.manufacturer, { limit: query.limit, nextToken: query.nextToken }, { referenceData: referenceDataPort() }),
);
