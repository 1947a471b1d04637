/** What went wrong, for callers that branch on it. */
export type StreamMappingErrorCode =
  | 'streams.invalidSettings'
  | 'streams.malformedRecord'
  | 'streams.corruptCheckpoint'
  | 'streams.invalidState';

/**
 * Base class of every error the stream event-source-mapping emulation throws.
 * @example
 * if (StreamMappingError.is(error) && error.code === 'streams.invalidSettings') process.exit(2);
 */
export class StreamMappingError extends Error {
  readonly code: StreamMappingErrorCode;

  constructor(code: StreamMappingErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StreamMappingError';
    this.code = code;
  }

  /** Structural guard: safe across duplicated package copies, unlike `instanceof`. */
  static is(error: unknown): error is StreamMappingError {
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    return typeof code === 'string' && code.startsWith('streams.');
  }
}

/**
 * The mapping settings break an AWS constraint; `problems` lists every one of them, not just the first.
 * @example
 * new InvalidStreamMappingSettingsError('bridge', ['batchSize must be an integer in 1..10000, got 0']);
 */
export class InvalidStreamMappingSettingsError extends StreamMappingError {
  readonly problems: readonly string[];

  constructor(mappingName: string, problems: readonly string[], options?: ErrorOptions) {
    super('streams.invalidSettings', `Invalid settings for stream mapping "${mappingName}": ${problems.join('; ')}`, options);
    this.name = 'InvalidStreamMappingSettingsError';
    this.problems = problems;
  }
}

/**
 * A stream record lacks a field every DynamoDB stream record has (sequence number, event name, ...).
 * @example
 * throw new MalformedStreamRecordError('stream record has no dynamodb.SequenceNumber');
 */
export class MalformedStreamRecordError extends StreamMappingError {
  constructor(message: string, options?: ErrorOptions) {
    super('streams.malformedRecord', message, options);
    this.name = 'MalformedStreamRecordError';
  }
}

/**
 * A persisted checkpoint file cannot be read back; the mapping refuses to guess a position.
 * @example
 * throw new CorruptCheckpointError('/var/ckpt/bridge.json', { cause: syntaxError });
 */
export class CorruptCheckpointError extends StreamMappingError {
  readonly path: string;

  constructor(path: string, options?: ErrorOptions) {
    super('streams.corruptCheckpoint', `Checkpoint file ${path} is not a valid checkpoint document`, options);
    this.name = 'CorruptCheckpointError';
    this.path = path;
  }
}

/**
 * A lifecycle method was called in the wrong state (start twice, idle before start, ...).
 * @example
 * throw new MappingStateError('bridge', 'start() was already called');
 */
export class MappingStateError extends StreamMappingError {
  constructor(mappingName: string, message: string, options?: ErrorOptions) {
    super('streams.invalidState', `Stream mapping "${mappingName}": ${message}`, options);
    this.name = 'MappingStateError';
  }
}
