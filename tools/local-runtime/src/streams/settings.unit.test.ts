import { InvalidStreamMappingSettingsError } from './errors';
import { DEFAULT_STREAM_MAPPING_SETTINGS, type StreamMappingSettings, validateStreamMappingSettings } from './settings';

const problemsOf = (settings: Partial<StreamMappingSettings>): readonly string[] => {
  try {
    validateStreamMappingSettings('bridge', { ...DEFAULT_STREAM_MAPPING_SETTINGS, ...settings } as StreamMappingSettings);
    return [];
  } catch (error) {
    if (error instanceof InvalidStreamMappingSettingsError) return error.problems;
    throw error;
  }
};

describe('validateStreamMappingSettings', () => {
  it('accepts the Lambda defaults and the cloud settings of the architecture', () => {
    expect(problemsOf({})).toEqual([]);
    expect(
      problemsOf({ batchSize: 100, maximumBatchingWindowInSeconds: 5, parallelizationFactor: 10, maximumRetryAttempts: 3, bisectBatchOnFunctionError: true }),
    ).toEqual([]);
  });

  it.each([
    [{ batchSize: 0 }, /batchSize/],
    [{ batchSize: 10_001 }, /batchSize/],
    [{ maximumBatchingWindowInSeconds: 301 }, /maximumBatchingWindowInSeconds/],
    [{ maximumBatchingWindowInSeconds: 0.5 }, /maximumBatchingWindowInSeconds/],
    [{ parallelizationFactor: 11 }, /parallelizationFactor/],
    [{ maximumRetryAttempts: -2 }, /maximumRetryAttempts/],
    [{ maximumRecordAgeInSeconds: 59 }, /maximumRecordAgeInSeconds/],
    [{ filterPatterns: [{}, {}, {}, {}, {}, {}] }, /at most 5/],
    [{ filterPatterns: ['single-string' as unknown as object] }, /Invalid filter pattern definition/],
  ] as [Partial<StreamMappingSettings>, RegExp][])('rejects %j', (settings, problem) => {
    expect(problemsOf(settings).join('\n')).toMatch(problem);
  });

  it('lists every broken constraint at once', () => {
    expect(problemsOf({ batchSize: 0, parallelizationFactor: 0 })).toHaveLength(2);
  });
});
