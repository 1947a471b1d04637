import type { FunctionDeclaration } from '@aircraftops/declarations';

import { corsEnvironmentOf } from './cors-environment';

const fn = (trigger: FunctionDeclaration['trigger']): FunctionDeclaration => ({
  name: 'demo',
  description: 'demo',
  handler: { module: 'demo.ts', export: 'handler' },
  trigger,
  access: {},
  timeoutSeconds: 3,
  memoryMb: 256,
});
const route = fn({ kind: 'http', method: 'GET', path: '/things', role: 'viewer' });

describe('corsEnvironmentOf', () => {
  it('gives an HTTP function the configured origins', () => {
    expect(corsEnvironmentOf(route, ['https://ops.example.com', 'http://localhost:5173'])).toEqual({
      AIRCRAFTOPS_CORS_ORIGINS: 'https://ops.example.com,http://localhost:5173',
    });
  });

  it('sets nothing without configured origins: the handlers fail closed (no CORS headers)', () => {
    expect(corsEnvironmentOf(route, [])).toEqual({});
  });

  it('sets nothing on functions without a route', () => {
    expect(corsEnvironmentOf(fn({ kind: 'schedule', expression: 'rate(1 minute)' }), ['https://ops.example.com'])).toEqual({});
  });
});
