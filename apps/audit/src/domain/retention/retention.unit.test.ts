import { expiresAt } from './expires-at';
import { DEFAULT_RETENTION_POLICY, parseRetentionConfig } from './parse-retention-config';
import { retentionFor } from './retention-policy';

const epoch = (iso: string) => Date.parse(iso) / 1000;

describe('retention policy', () => {
  it('keeps aircraft (registry) events 7 years and ingestion (job lifecycle) events 13 months by default', () => {
    expect(retentionFor('aircraftops.aircraft', DEFAULT_RETENTION_POLICY)).toEqual({ years: 7 });
    expect(retentionFor('aircraftops.ingestion', DEFAULT_RETENTION_POLICY)).toEqual({ months: 13 });
  });

  it('keeps events of an unclassified platform source as long as the longest class', () => {
    expect(retentionFor('aircraftops.hangars', DEFAULT_RETENTION_POLICY)).toEqual({ years: 7 });
  });

  it('does not mistake inherited object keys for sources', () => {
    expect(retentionFor('constructor', DEFAULT_RETENTION_POLICY)).toEqual({ years: 7 });
  });

  it('reads a configured policy: years, months, days and the fallback', () => {
    const policy = parseRetentionConfig(' aircraftops.aircraft=10y, aircraftops.ingestion=90d ,*=2m');

    expect(policy).toEqual({ bySource: { 'aircraftops.aircraft': { years: 10 }, 'aircraftops.ingestion': { days: 90 } }, fallback: { months: 2 } });
  });

  it.each([
    ['aircraftops.aircraft=7y', 'no "*=" entry'],
    ['*=7y,aircraftops.aircraft=7w', 'cannot read "aircraftops.aircraft=7w"'],
    ['*=0d', 'cannot read "*=0d"'],
    ['*=7y,*=1y', '* is listed twice'],
    ['', 'cannot read ""'],
  ])('refuses %j naming the variable (%s)', (text, message) => {
    expect(() => parseRetentionConfig(text)).toThrow(expect.objectContaining({ kind: 'configuration', message: expect.stringContaining(`AIRCRAFTOPS_AUDIT_RETENTION: ${message}`) }));
  });
});

describe('expiresAt', () => {
  it('adds days as exact 24-hour days, in epoch seconds, dropping milliseconds', () => {
    expect(expiresAt('2025-03-01T12:00:00.999Z', { days: 400 })).toBe(epoch('2026-04-05T12:00:00Z'));
  });

  it('adds calendar months', () => {
    expect(expiresAt('2025-11-21T14:03:27.512Z', { months: 13 })).toBe(epoch('2026-12-21T14:03:27Z'));
  });

  it('adds calendar years, so 29 February rolls to 1 March', () => {
    expect(expiresAt('2024-02-29T08:00:00.000Z', { years: 7 })).toBe(epoch('2031-03-01T08:00:00Z'));
    expect(expiresAt('2025-11-21T14:03:27.512Z', { years: 7 })).toBe(epoch('2032-11-21T14:03:27Z'));
  });

  it('refuses an occurredAt that is not a date', () => {
    expect(() => expiresAt('yesterday', { days: 1 })).toThrow(RangeError);
  });
});
