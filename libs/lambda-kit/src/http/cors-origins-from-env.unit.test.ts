import { corsOriginsFromEnv } from './cors-origins-from-env';

describe('corsOriginsFromEnv', () => {
  it('allows any origin when unset (local default)', () => {
    expect(corsOriginsFromEnv({})).toEqual(['*']);
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
