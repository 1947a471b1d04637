import { type AircraftModel, isLive, ReferenceDataNotFoundError, type ReferenceDataRepository } from '../domain';

/**
 * An aircraft make/model/series (FAA ACFTREF) by its 7-character code.
 * @throws ReferenceDataNotFoundError when absent or soft deleted.
 * @example
 * await getAircraftModel('2072738', { referenceData: repository });
 */
export const getAircraftModel = async (
  code: string,
  ports: { readonly referenceData: ReferenceDataRepository },
): Promise<AircraftModel> => {
  const model = await ports.referenceData.getModel(code);
  if (model === undefined || !isLive(model)) throw new ReferenceDataNotFoundError('AircraftModel', code);
  return model;
};
