import { createEntities, createTables } from '@aircraftops/tables';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EntityFormatter, PutItemCommand } from 'dynamodb-toolbox';
import type { Entity } from 'dynamodb-toolbox';

import type { EntityItem } from '../domain';

/** Entities bound to nothing: `.params()` and the formatter never send a request. */
export const entities = createEntities(
  createTables({} as DynamoDBDocumentClient, { tableNames: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' } }),
);

export const CREATED_AT = '2025-11-21T14:03:27.512Z';
export const MODIFIED_AT = '2025-11-21T14:05:00.000Z';
/** The write stamps of the `version`-th write, as the table library sets them. */
export const stamps = (version: number, modifiedAt: string) => ({
  version,
  updatedBy: { type: 'user', id: `operator-${version}` },
  correlationId: `req-v${version}`,
  modifiedAt,
});

/** The item exactly as the table stores it (keys, index keys, `_et`, timestamps), through the entity's own put. */
export function stored(entity: Entity, item: Record<string, unknown>): Record<string, unknown> {
  const { createdAt = CREATED_AT, modifiedAt = MODIFIED_AT, ...input } = item;
  const raw = entity.build(PutItemCommand).item(input as never).params().Item as Record<string, unknown>;
  return { ...raw, createdAt, modifiedAt };
}

/** The stored item as the entity's formatter returns it (what the domain mapping receives). */
export const formatted = (entity: Entity, raw: Record<string, unknown>): EntityItem =>
  entity.build(EntityFormatter).format(raw as never) as EntityItem;

const versioned = (version: number) => ({ version, updatedBy: { type: 'user', id: 'operator-42' }, correlationId: `req-v${version}` });

export const aircraft = (overrides: Record<string, unknown> = {}) =>
  stored(entities.Aircraft, {
    nNumber: '511CR',
    serialNumber: 'K041',
    mfrMdlCode: '3390119',
    engMfrMdl: '52207',
    yearMfr: 2023,
    typeRegistrant: '7',
    registrant: { name: 'FWA LLC', city: 'LAS VEGAS', state: 'NV', zipCode: '891481304', country: 'US' },
    expirationDate: '2030-06-30',
    certification: '1U',
    typeAircraft: '5',
    typeEngine: '2',
    statusCode: 'V',
    modeSCode: '51263150',
    modeSCodeHex: 'A66568',
    uniqueId: '01254367',
    kitMfr: 'VANS',
    contentHash: 'hash-1',
    ...versioned(1),
    ...overrides,
  });

export const aircraftImage = (overrides: Record<string, unknown> = {}) =>
  stored(entities.AircraftImage, {
    nNumber: '511CR',
    imageId: 'img-01HZX3',
    objectKey: 'images/511CR/img-01HZX3.jpg',
    contentType: 'image/jpeg',
    byteSize: 52311,
    caption: 'Ramp, KLAS',
    ...versioned(1),
    ...overrides,
  });

export const aircraftModel = (overrides: Record<string, unknown> = {}) =>
  stored(entities.AircraftModel, {
    code: '3390119',
    manufacturer: 'TEXTRON AVIATION INC',
    model: '560XL',
    typeAircraft: '5',
    typeEngine: '5',
    aircraftCategory: '1',
    builderCertification: '0',
    numberOfEngines: 2,
    numberOfSeats: 12,
    weightClass: 'CLASS 3',
    cruisingSpeed: 441,
    ...versioned(1),
    ...overrides,
  });

export const engineModel = (overrides: Record<string, unknown> = {}) =>
  stored(entities.EngineModel, {
    code: '52207',
    manufacturer: 'P&W CANADA',
    model: 'PW545C',
    type: '5',
    thrust: 4119,
    ...versioned(1),
    ...overrides,
  });

export const deregistration = (overrides: Record<string, unknown> = {}) =>
  stored(entities.Deregistration, {
    nNumber: '511CR',
    cancelDate: '2019-04-02',
    serialNumber: '172-80123',
    mfrMdlCode: '2072738',
    statusCode: 'A',
    name: 'JOHN DOE',
    ...versioned(1),
    ...overrides,
  });

export const ingestionJob = (overrides: Record<string, unknown> = {}) =>
  stored(entities.IngestionJob, {
    jobId: 'job-01JD4X9Q',
    status: 'QUEUED',
    dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'uploads/job-01JD4X9Q/MASTER.txt', bytes: 4096 }] },
    startedBy: { type: 'user', id: 'operator-42' },
    ...versioned(1),
    ...overrides,
  });

export const jobRowError = (overrides: Record<string, unknown> = {}) =>
  stored(entities.JobRowError, {
    jobId: 'job-01JD4X9Q',
    fileIndex: 0,
    line: 42,
    field: 'YEAR MFR',
    file: 'MASTER.txt',
    reason: 'not a number',
    ttl: 1_767_225_600,
    ...overrides,
  });

export const jobCheckpoint = (overrides: Record<string, unknown> = {}) =>
  stored(entities.JobCheckpoint, {
    jobId: 'job-01JD4X9Q',
    fileIndex: 0,
    file: 'MASTER.txt',
    line: 1000,
    byteOffset: 180_000,
    ...versioned(3),
    ...overrides,
  });

export const schedule = (overrides: Record<string, unknown> = {}) =>
  stored(entities.Schedule, {
    scheduleId: 'nightly',
    name: 'Nightly FAA import',
    cron: '0 3 * * *',
    dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'faa/MASTER.txt' }] },
    enabled: true,
    ...versioned(1),
    ...overrides,
  });
