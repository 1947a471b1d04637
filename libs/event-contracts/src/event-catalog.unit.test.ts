import { AIRCRAFT_SOURCE, INGESTION_SOURCE } from './sources';
import { AircraftPurged, AircraftUpdated, IngestionJobCompleted } from './contracts';
import { eventCatalog, findContract } from './event-catalog';
import { EventValidationError } from './event-validation-error';

describe('eventCatalog', () => {
  it('holds every aircraft and ingestion detail-type once', () => {
    const keys = eventCatalog.map((contract) => `${contract.source} ${contract.detailType}`);

    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      [
        ...[
          'AircraftRegistered',
          'AircraftUpdated',
          'AircraftDeregistered',
          'AircraftPurged',
          'AircraftImageAdded',
          'AircraftImageUpdated',
          'AircraftImageRemoved',
          'AircraftModelAdded',
          'AircraftModelUpdated',
          'AircraftModelPurged',
          'EngineModelAdded',
          'EngineModelUpdated',
          'EngineModelPurged',
          'DeregistrationAdded',
        ].map((type) => `${AIRCRAFT_SOURCE} ${type}`),
        ...['IngestionJobStarted', 'IngestionJobCompleted', 'IngestionJobFailed', 'IngestionJobCancelled'].map((type) => `${INGESTION_SOURCE} ${type}`),
      ].sort(),
    );
  });

  it.each(eventCatalog.map((contract) => [contract.detailType, contract] as const))(
    '%s: its example validates against its schema',
    (_detailType, contract) => {
      const result = contract.safeParse(contract.example);

      expect(result.success ? 'valid' : result.error.message).toBe('valid');
    },
  );

  it.each(eventCatalog.map((contract) => [contract.detailType, contract] as const))(
    '%s: example metadata names the contract entity type and version',
    (_detailType, contract) => {
      expect(contract.example.metadata.entity.type).toBe(contract.entityType);
      expect(contract.example.metadata.eventVersion).toBe(contract.version);
      expect(contract.detailType).toMatch(/^[A-Z][A-Za-z]*ed$/);
    },
  );
});

describe('catalog contracts', () => {
  it('AircraftPurged accepts only ttl or deleted as reason', () => {
    const error = AircraftPurged.safeParse({ ...AircraftPurged.example, reason: 'expired' });

    expect(error.success).toBe(false);
    expect(error.success ? undefined : error.error.issues).toEqual([
      { path: 'reason', message: 'expected "ttl" | "deleted", received "expired"' },
    ]);
  });

  it('AircraftUpdated requires changes', () => {
    const { changes: _changes, ...withoutChanges } = AircraftUpdated.example;

    expect(() => AircraftUpdated.parse(withoutChanges)).toThrow(/changes: expected record/);
  });

  it('Aircraft data rejects FAA-format dates: the domain speaks ISO dates', () => {
    const detail = { ...AircraftUpdated.example, data: { ...AircraftUpdated.example.data, expirationDate: '20300630' } };

    expect(() => AircraftUpdated.parse(detail)).toThrow('data.expirationDate: expected date format');
  });

  it('IngestionJobCompleted requires every count as a non-negative integer', () => {
    const detail = { ...IngestionJobCompleted.example, counts: { ...IngestionJobCompleted.example.counts, skipped: -1 } };
    const { duplicates: _duplicates, ...missing } = IngestionJobCompleted.example.counts;

    expect(() => IngestionJobCompleted.parse(detail)).toThrow('counts.skipped: must be >= 0');
    expect(() => IngestionJobCompleted.parse({ ...detail, counts: missing })).toThrow(EventValidationError);
  });
});

describe('findContract', () => {
  it('finds a contract by source and detail-type', () => {
    expect(findContract(AIRCRAFT_SOURCE, 'AircraftUpdated')).toBe(AircraftUpdated);
  });

  it('returns undefined for a detail-type under another source or not in the catalog', () => {
    expect(findContract(INGESTION_SOURCE, 'AircraftUpdated')).toBeUndefined();
    expect(findContract(AIRCRAFT_SOURCE, 'AircraftRepainted')).toBeUndefined();
  });
});
