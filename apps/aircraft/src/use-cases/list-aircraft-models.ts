import type { AircraftModel, Page, PageRequest, ReferenceDataRepository } from '../domain';

/**
 * One page of a manufacturer's live aircraft models, by code.
 * @example
 * await listAircraftModels('Cessna', { limit: 25 }, { referenceData: repository });
 */
export const listAircraftModels = (
  manufacturer: string,
  page: PageRequest,
  ports: { readonly referenceData: ReferenceDataRepository },
): Promise<Page<AircraftModel>> => ports.referenceData.listModelsByManufacturer(manufacturer, page);
