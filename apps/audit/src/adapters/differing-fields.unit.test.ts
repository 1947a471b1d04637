import { differingFields } from './differing-fields';

const stored = {
  eventId: 'e1',
  source: 'aircraftops.aircraft',
  data: { nNumber: '511CR', registrant: { name: 'FWA LLC', city: 'LAS VEGAS' } },
  recordedAt: '2025-11-21T14:03:30.000Z',
  expires_at: 1,
  schemaStatus: 'unknown',
};

describe('differingFields', () => {
  it('sees a redelivery as the same event whatever the map key order, recording time, TTL or schema status', () => {
    const redelivered = {
      ...stored,
      data: { registrant: { city: 'LAS VEGAS', name: 'FWA LLC' }, nNumber: '511CR' },
      recordedAt: '2025-11-22T00:00:00.000Z',
      expires_at: 2,
      schemaStatus: 'valid',
    };

    expect(differingFields(stored, redelivered)).toEqual([]);
  });

  it('names each content field that differs, nested changes included', () => {
    const other = { ...stored, source: 'aircraftops.other', data: { ...stored.data, registrant: { name: 'X', city: 'LAS VEGAS' } }, changes: {} };

    expect(differingFields(stored, other)).toEqual(['source', 'data', 'changes']);
  });
});
