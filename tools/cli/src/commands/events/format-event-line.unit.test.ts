import { busEvent } from '../../__fixtures__/events.fixtures.test';
import { formatEventLine } from './format-event-line';

describe('formatEventLine', () => {
  it('shows time, source, detail-type and the entity in aligned columns', () => {
    expect(formatEventLine(busEvent())).toBe('2024-05-01T12:00:00Z  aircraftops.aircraft    AircraftRegistered        Aircraft N12345');
  });

  it('shows "-" for an event without metadata.entity', () => {
    const line = formatEventLine(busEvent({ source: 'aircraftops.ingestion', 'detail-type': 'IngestionJobStarted', detail: { data: {} } }));

    expect(line).toMatch(/IngestionJobStarted\s+-$/);
  });

  it('marks a replayed event with its replay name', () => {
    expect(formatEventLine(busEvent({ 'replay-name': 'local-replay-1' }))).toMatch(/Aircraft N12345 {2}\(replay local-replay-1\)$/);
  });

  it('keeps a long source readable instead of cutting it', () => {
    const line = formatEventLine(busEvent({ source: 'aircraftops.a-very-long-source-name' }));

    expect(line).toContain('aircraftops.a-very-long-source-name  AircraftRegistered');
  });
});
