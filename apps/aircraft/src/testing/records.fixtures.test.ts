import type { Aircraft, AircraftImage, AircraftModel, Deregistration, EngineModel, WriteContext } from '../domain';

const STAMPS = {
  version: 1,
  updatedBy: { type: 'service', id: 'ingestion' },
  correlationId: 'corr-seed',
  createdAt: '2025-01-01T00:00:00.000Z',
  modifiedAt: '2025-01-01T00:00:00.000Z',
} as const;

export const operatorContext: WriteContext = { actor: { type: 'user', id: 'olive' }, correlationId: 'corr-1' };

/** A complete aircraft record as the repository returns it. */
export const anAircraft = (overrides: Partial<Aircraft> = {}): Aircraft => ({
  nNumber: '12345',
  serialNumber: '17270',
  mfrMdlCode: '2072738',
  engMfrMdl: '41514',
  yearMfr: 1998,
  typeRegistrant: '1',
  registrant: { name: 'SMITH AVIATION LLC', street: '1 MAIN ST', city: 'WICHITA', state: 'KS' },
  expirationDate: '2027-01-31',
  certification: '1T',
  typeAircraft: '4',
  typeEngine: '1',
  statusCode: 'V',
  modeSCode: '50060731',
  modeSCodeHex: 'A061D9',
  otherNames: [],
  uniqueId: '00000001',
  ...STAMPS,
  ...overrides,
});

export const anImage = (overrides: Partial<AircraftImage> = {}): AircraftImage => ({
  nNumber: '12345',
  imageId: 'img-1',
  objectKey: 'images/img-1.jpg',
  contentType: 'image/jpeg',
  byteSize: 2048,
  ...STAMPS,
  ...overrides,
});

export const aDeregistration = (overrides: Partial<Deregistration> = {}): Deregistration => ({
  nNumber: '12345',
  cancelDate: '2019-05-01',
  serialNumber: '9999',
  name: 'PREVIOUS OWNER',
  otherNames: [],
  ...STAMPS,
  ...overrides,
});

export const aModel = (overrides: Partial<AircraftModel> = {}): AircraftModel => ({
  code: '2072738',
  manufacturer: 'CESSNA',
  model: '172S',
  typeAircraft: '4',
  typeEngine: '1',
  aircraftCategory: '1',
  builderCertification: '0',
  numberOfEngines: 1,
  numberOfSeats: 4,
  weightClass: 'CLASS 1',
  ...STAMPS,
  ...overrides,
});

export const anEngine = (overrides: Partial<EngineModel> = {}): EngineModel => ({
  code: '41514',
  manufacturer: 'LYCOMING',
  model: 'O-320',
  type: '1',
  horsepower: 160,
  ...STAMPS,
  ...overrides,
});
