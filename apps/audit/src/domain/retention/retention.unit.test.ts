import { expiresAt } from './expires-at';
import { DEFAULT_RETENTION, retentionFor } from './retention-policy';

const epoch = (iso: string) => Date.parse(iso) / 1000;

describe('retention policy', () => {
  it('keeps aircraft events 7 years and ingestion events 400 days', () => {
    expect(retentionFor('aircraftops.aircraft').period).toEqual({ years: 7 });
    expect(retentionFor('aircraftops.ingestion').period).toEqual({ days: 400 });
  });

  it('keeps events of an unclassified platform source as long as the longest class', () => {
    expect(retentionFor('aircraftops.hangars')).toBe(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION.period).toEqual({ years: 7 });
  });

  it('does not mistake inherited object keys for sources', () => {
    expect(retentionFor('constructor')).toBe(DEFAULT_RETENTION);
  });
});

describe('expiresAt', () => {
  it('adds days as exact 24-hour days, in epoch seconds, dropping milliseconds', () => {
    expect(expiresAt('2025-03-01T12:00:00.999Z', { days: 400 })).toBe(epoch('2026-04-05T12:00:00Z'));
  });

  it('adds calendar years, so 29 February rolls to 1 March', () => {
    expect(expiresAt('2024-02-29T08:00:00.000Z', { years: 7 })).toBe(epoch('2031-03-01T08:00:00Z'));
    expect(expiresAt('2025-11-21T14:03:27.512Z', { years: 7 })).toBe(epoch('2032-11-21T14:03:27Z'));
  });

  it('refuses an occurredAt that is not a date', () => {
    expect(() => expiresAt('yesterday', { days: 1 })).toThrow(RangeError);
  });
});
