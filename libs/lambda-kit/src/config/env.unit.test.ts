import { optionalEnv } from './optional-env';
import { requireEnv } from './require-env';

describe('requireEnv', () => {
  it('returns the value of a set variable', () => {
    expect(requireEnv('TABLE', { TABLE: 'CoreTable' })).toBe('CoreTable');
  });

  it.each([[{}], [{ TABLE: '' }], [{ TABLE: '  ' }]])('names the variable when it is unset or blank (%j)', (env) => {
    expect(() => requireEnv('TABLE', env)).toThrow(
      expect.objectContaining({ code: 'configuration', message: 'Missing required environment variable TABLE' }),
    );
  });
});

describe('optionalEnv', () => {
  it('falls back only when the variable is unset or blank', () => {
    expect(optionalEnv('REGION', 'us-east-1', {})).toBe('us-east-1');
    expect(optionalEnv('REGION', 'us-east-1', { REGION: ' ' })).toBe('us-east-1');
    expect(optionalEnv('REGION', 'us-east-1', { REGION: 'eu-west-1' })).toBe('eu-west-1');
  });
});
