import { ConfigurationError } from '@aircraftops/lambda-kit';
import { SOFT_DELETE_RETENTION_SECONDS } from '@aircraftops/tables';

import { softDeleteRetentionSeconds } from './soft-delete-retention';

describe('softDeleteRetentionSeconds', () => {
  it('reads the declared setting', () => {
    expect(softDeleteRetentionSeconds({ AIRCRAFTOPS_SOFT_DELETE_RETENTION: '5' })).toBe(5);
  });

  it('is 30 days when the function does not declare it', () => {
    expect(softDeleteRetentionSeconds({})).toBe(SOFT_DELETE_RETENTION_SECONDS);
    expect(SOFT_DELETE_RETENTION_SECONDS).toBe(30 * 24 * 3600);
  });

  it.each(['0', '-5', '1.5', 'soon'])('rejects %s, naming the variable', (value) => {
    expect(() => softDeleteRetentionSeconds({ AIRCRAFTOPS_SOFT_DELETE_RETENTION: value })).toThrow(ConfigurationError);
    expect(() => softDeleteRetentionSeconds({ AIRCRAFTOPS_SOFT_DELETE_RETENTION: value })).toThrow(/AIRCRAFTOPS_SOFT_DELETE_RETENTION/);
  });
});
