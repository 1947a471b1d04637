import { type AircraftModel, type EngineModel, isLive, type PageRequest, type ReferenceDataRepository } from '../domain';
import { pageOf } from './in-memory-pages.fixtures.test';

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toUpperCase();

/** An in-memory ReferenceDataRepository. */
export class InMemoryReferenceDataRepository implements ReferenceDataRepository {
  readonly models = new Map<string, AircraftModel>();
  readonly engines = new Map<string, EngineModel>();

  seed(items: { models?: AircraftModel[]; engines?: EngineModel[] }): this {
    for (const model of items.models ?? []) this.models.set(model.code, model);
    for (const engine of items.engines ?? []) this.engines.set(engine.code, engine);
    return this;
  }

  async getModel(code: string) {
    return this.models.get(code);
  }

  async getEngine(code: string) {
    return this.engines.get(code);
  }

  async listModelsByManufacturer(manufacturer: string, page: PageRequest) {
    const models = [...this.models.values()]
      .filter((model) => isLive(model) && normalize(model.manufacturer) === normalize(manufacturer))
      .sort((a, b) => a.code.localeCompare(b.code));
    return pageOf(models, page);
  }
}
