import { ModeSCodeNotFoundError } from '../domain';
import { InMemoryAircraftRepository } from '../testing/in-memory-aircraft-repository.fixtures.test';
import { anAircraft } from '../testing/records.fixtures.test';
import { getAircraftByModeS } from './get-aircraft-by-mode-s';

describe('getAircraftByModeS', () => {
  // N12345's US address is A061D9.
  const seeded = (overrides = {}) => new InMemoryAircraftRepository().seed(anAircraft({ nNumber: '12345', modeSCodeHex: 'A061D9', ...overrides }));

  it('decodes the address to the N-number and returns that aircraft, in any letter case', async () => {
    const aircraft = await getAircraftByModeS('a061d9', { aircraft: seeded() });

    expect(aircraft.nNumber).toBe('12345');
  });

  it('reports an address outside the US block as not found', async () => {
    await expect(getAircraftByModeS('3C6444', { aircraft: seeded() })).rejects.toBeInstanceOf(ModeSCodeNotFoundError);
  });

  it('reports not found when the aircraft stored at the decoded N-number carries another code', async () => {
    const result = getAircraftByModeS('A061D9', { aircraft: seeded({ modeSCodeHex: 'A00001' }) });

    await expect(result).rejects.toMatchObject({ kind: 'not_found', message: 'No aircraft with Mode S code A061D9' });
  });

  it('reports a soft-deleted aircraft as not found', async () => {
    await expect(getAircraftByModeS('A061D9', { aircraft: seeded({ delete_at: 1_900_000_000 }) })).rejects.toBeInstanceOf(
      ModeSCodeNotFoundError,
    );
  });
});
