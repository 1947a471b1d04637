import { createReadStream } from 'node:fs';

import type { SearchDocument } from '@aircraftops/aircraft';
import { parseRegistryFile } from '@aircraftops/ingestion';
import type { RegistryFileKind, RegistryRecordOf } from '@aircraftops/registry';

import type { TemporaryDataset } from '../../dataset';

async function* records<K extends RegistryFileKind>(path: string, kind: K): AsyncGenerator<RegistryRecordOf<K>> {
  for await (const row of parseRegistryFile(createReadStream(path), { kind, fileName: path })) {
    if ('error' in row) throw new Error(`${path}:${row.line}: generated row rejected: ${row.error.reason}`);
    yield row.record;
  }
}

/**
 * The search documents of a generated dataset, joined with its reference data exactly as the search
 * consumer will join them (manufacturer and model from ACFTREF, engine from ENGINE).
 * @example
 * const fleet = await buildFleet(await generateTemporaryDataset(100_000, 'search'));
 */
export const buildFleet = async (dataset: Pick<TemporaryDataset, 'masterPath' | 'acftrefPath' | 'enginePath'>): Promise<SearchDocument[]> => {
  const models = new Map<string, { manufacturer: string; model: string }>();
  for await (const model of records(dataset.acftrefPath, 'ACFTREF')) models.set(model.code, model);
  const engines = new Map<string, string>();
  for await (const engine of records(dataset.enginePath, 'ENGINE')) engines.set(engine.code, `${engine.manufacturer} ${engine.model}`);
  const fleet: SearchDocument[] = [];
  for await (const aircraft of records(dataset.masterPath, 'MASTER')) {
    const model = aircraft.mfrMdlCode ? models.get(aircraft.mfrMdlCode) : undefined;
    fleet.push({
      nNumber: aircraft.nNumber,
      serialNumber: aircraft.serialNumber,
      manufacturer: model?.manufacturer,
      model: model?.model,
      year: aircraft.yearMfr,
      registrantName: aircraft.registrant?.name,
      city: aircraft.registrant?.city,
      state: aircraft.registrant?.state,
      statusCode: aircraft.statusCode,
      modeSHex: aircraft.modeSCodeHex,
      engine: aircraft.engMfrMdl ? engines.get(aircraft.engMfrMdl) : undefined,
      version: 1,
    });
  }
  return fleet;
};
