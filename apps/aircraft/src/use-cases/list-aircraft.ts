import type { Aircraft, AircraftListFilter, AircraftRepository, Page, PageRequest } from '../domain';

/**
 * One page of live aircraft matching a filter (by model, registrant name prefix or expiry month),
 * each served by its own index.
 * @example
 * const { items, nextToken } = await listAircraft({ by: 'model', mfrMdlCode: '2072738' }, { limit: 25 }, { aircraft: repository });
 */
export const listAircraft = (
  filter: AircraftListFilter,
  page: PageRequest,
  ports: { readonly aircraft: Pick<AircraftRepository, 'list'> },
): Promise<Page<Aircraft>> => ports.aircraft.list(filter, page);
