import type { StreamConsumerDeclaration } from '@aircraftops/declarations';

import { InvalidStreamMappingSettingsError } from './errors';

/** The Lambda ESM parameters the emulation honours; field names match {@link StreamConsumerDeclaration}. */
export type StreamMappingSettings = Pick<
  StreamConsumerDeclaration,
  | 'batchSize'
  | 'maximumBatchingWindowInSeconds'
  | 'parallelizationFactor'
  | 'maximumRetryAttempts'
  | 'maximumRecordAgeInSeconds'
  | 'bisectBatchOnFunctionError'
  | 'reportBatchItemFailures'
  | 'startingPosition'
  | 'filterPatterns'
>;

/**
 * The values a new Lambda ESM gets when a parameter is not given (esm-semantics.md §2.5).
 * @example
 * const settings = { ...DEFAULT_STREAM_MAPPING_SETTINGS, batchSize: 10 };
 */
export const DEFAULT_STREAM_MAPPING_SETTINGS: StreamMappingSettings = {
  batchSize: 100,
  maximumBatchingWindowInSeconds: 0,
  parallelizationFactor: 1,
  maximumRetryAttempts: -1,
  maximumRecordAgeInSeconds: -1,
  bisectBatchOnFunctionError: false,
  reportBatchItemFailures: false,
  startingPosition: 'TRIM_HORIZON',
};

/** Lambda's default filter quota; it can be raised to 10 in the cloud, so more than 5 would not deploy as is. */
const MAX_FILTERS = 5;
const MAX_PATTERN_LENGTH = 4096;

const isIntegerIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const patternProblems = (patterns: unknown): string[] => {
  if (patterns === undefined) return [];
  if (!Array.isArray(patterns)) return [`filterPatterns must be an array, got ${typeof patterns}`];
  const problems: string[] = [];
  if (patterns.length > MAX_FILTERS) problems.push(`filterPatterns allows at most ${MAX_FILTERS} patterns, got ${patterns.length}`);
  patterns.forEach((pattern: unknown, index) => {
    if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) {
      problems.push(`filterPatterns[${index}] must be a JSON object (Invalid filter pattern definition.)`);
      return;
    }
    const length = JSON.stringify(pattern).length;
    if (length > MAX_PATTERN_LENGTH) problems.push(`filterPatterns[${index}] is ${length} characters, the limit is ${MAX_PATTERN_LENGTH}`);
  });
  return problems;
};

/**
 * Checks the settings against the Lambda API constraints (esm-semantics.md §2.5) so a mapping that
 * would be rejected by CreateEventSourceMapping is rejected locally too.
 * @throws InvalidStreamMappingSettingsError listing every broken constraint.
 * @example
 * validateStreamMappingSettings('bridge', { ...DEFAULT_STREAM_MAPPING_SETTINGS, batchSize: 100 });
 */
export const validateStreamMappingSettings = (mappingName: string, settings: StreamMappingSettings): void => {
  const problems: string[] = [];
  const s = settings as unknown as Record<string, unknown>;
  if (!isIntegerIn(s['batchSize'], 1, 10_000)) problems.push(`batchSize must be an integer in 1..10000, got ${String(s['batchSize'])}`);
  if (!isIntegerIn(s['maximumBatchingWindowInSeconds'], 0, 300))
    problems.push(`maximumBatchingWindowInSeconds must be an integer in 0..300, got ${String(s['maximumBatchingWindowInSeconds'])}`);
  if (!isIntegerIn(s['parallelizationFactor'], 1, 10))
    problems.push(`parallelizationFactor must be an integer in 1..10, got ${String(s['parallelizationFactor'])}`);
  if (!isIntegerIn(s['maximumRetryAttempts'], -1, 10_000))
    problems.push(`maximumRetryAttempts must be -1 or an integer in 0..10000, got ${String(s['maximumRetryAttempts'])}`);
  const age = s['maximumRecordAgeInSeconds'];
  if (!(age === -1 || isIntegerIn(age, 60, 604_800)))
    problems.push(`maximumRecordAgeInSeconds must be -1 or an integer in 60..604800, got ${String(age)}`);
  if (typeof s['bisectBatchOnFunctionError'] !== 'boolean') problems.push('bisectBatchOnFunctionError must be a boolean');
  if (typeof s['reportBatchItemFailures'] !== 'boolean') problems.push('reportBatchItemFailures must be a boolean');
  if (s['startingPosition'] !== 'TRIM_HORIZON' && s['startingPosition'] !== 'LATEST')
    problems.push(`startingPosition must be TRIM_HORIZON or LATEST, got ${String(s['startingPosition'])}`);
  problems.push(...patternProblems(s['filterPatterns']));
  if (problems.length > 0) throw new InvalidStreamMappingSettingsError(mappingName, problems);
};
