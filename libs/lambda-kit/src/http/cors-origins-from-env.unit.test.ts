import { corsOriginsFromEnv } from './cors-origins-from-env';

describe('corsOriginsFromEnv', () => {
  it('allows no origin when unset or empty (fails closed)', () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(corsOriginsFromEnv({ AIRCRAFTOPS_CORS_ORIGINS: ' ' })).toEqual([]);
  });

  it('reads a comma-separated list', () => {
    expect(corsOriginsFromEnv({ AIRCRAFTOPS_CORS_ORIGINS: 'https://ops.example.com, https://*.example.com' })).toEqual([
      'https://ops.example.com',
      'https://*.example.com',
    ]);
  });

  it('refuses entries that are not origins', () => {
    expect(() => corsOriginsFromEnv({ AIRCRAFTOPS_CORS_ORIGINS: 'https://ops.example.com/app,example.com' })).toThrow(
      'AIRCRAFTOPS_CORS_ORIGINS has invalid origins: https://ops.example.com/app, example.com',
    );
  });
});
