import type { AircraftModel, EngineModel, Page, PageRequest } from '../model';

/** FAA reference data (ACFTREF, ENGINE). Reads return soft-deleted items too (with `delete_at`). */
export interface ReferenceDataRepository {
  getModel(code: string): Promise<AircraftModel | undefined>;
  getEngine(code: string): Promise<EngineModel | undefined>;
  /** Live models of a manufacturer (name matched after normalisation), by code. */
  listModelsByManufacturer(manufacturer: string, page: PageRequest): Promise<Page<AircraftModel>>;
}
