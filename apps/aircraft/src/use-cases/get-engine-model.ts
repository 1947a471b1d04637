import { type EngineModel, isLive, ReferenceDataNotFoundError, type ReferenceDataRepository } from '../domain';

/**
 * An engine make/model (FAA ENGINE) by its 5-character code.
 * @throws ReferenceDataNotFoundError when absent or soft deleted.
 * @example
 * await getEngineModel('41514', { referenceData: repository });
 */
export const getEngineModel = async (
  code: string,
  ports: { readonly referenceData: ReferenceDataRepository },
): Promise<EngineModel> => {
  const engine = await ports.referenceData.getEngine(code);
  if (engine === undefined || !isLive(engine)) throw new ReferenceDataNotFoundError('EngineModel', code);
  return engine;
};
