import { httpHandler } from '@aircraftops/lambda-kit';

import { nameQuery, pageQuery, z } from '../../http';
import { listAircraftModels } from '../../use-cases';
import { ports } from '../../wiring';

const query = z.strictObject({ manufacturer: nameQuery(200), ...pageQuery });

/** `GET /reference/models?manufacturer=` (viewer): one page of a manufacturer's models, `{ items, nextToken? }`. */
export const handler = httpHandler({ role: 'viewer', query }, ({ query }) =>
  listAircraftModels(query.manufacturer, { limit: query.limit, nextToken: query.nextToken }, ports),
);
