import { randomUUID } from 'node:crypto';

import { createDocumentClient, dynamoDbConfigFromEnv } from '../client';
import { createEntities } from '../entities';
import { createTables } from '../tables';
import type { AircraftEntityType } from '../core';
import type { CreateItemInput, WriteContext } from '../writes';

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const randomChars = (length: number, alphabet = BASE36): string =>
  Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');

/** A fresh N-number (5 characters), so tests never share items. */
export const uniqueNNumber = (): string => `${randomChars(1, '123456789')}${randomChars(4)}`;
export const uniqueModelCode = (): string => randomChars(7);
export const uniqueEngineCode = (): string => randomChars(5);
export const uniqueId = (): string => randomUUID();

export const context: WriteContext = { actor: { type: 'user', id: 'alice' }, correlationId: 'corr-test' };

/** Tables and entities bound to the DynamoDB Local of the Jest global setup. */
export const connect = () => {
  const config = dynamoDbConfigFromEnv();
  const documentClient = createDocumentClient(config);
  const tables = createTables(documentClient, config);
  return { documentClient, tables, entities: createEntities(tables) };
};

export const aircraftInput = (overrides: Partial<CreateItemInput<AircraftEntityType>> = {}): CreateItemInput<AircraftEntityType> => ({
  nNumber: uniqueNNumber(),
  serialNumber: '17270',
  mfrMdlCode: uniqueModelCode(),
  engMfrMdl: '41514',
  yearMfr: 1998,
  typeRegistrant: '1',
  registrant: { name: 'Smith Aviation LLC', city: 'WICHITA', state: 'KS' },
  expirationDate: '2027-01-31',
  certification: '1T',
  typeAircraft: '4',
  typeEngine: '1',
  statusCode: 'V',
  modeSCode: '50000001',
  modeSCodeHex: 'A00001',
  uniqueId: '00000001',
  ...overrides,
});
