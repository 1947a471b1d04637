import type { TableName } from '../access/table-name';

/** Where the mapping sends the metadata of a batch it gave up on (an encrypted SQS queue in the cloud). */
export interface OnFailureDestination {
  readonly kind: 'sqs';
}

/**
 * A DynamoDB stream event-source mapping with every Lambda ESM parameter (names as in the Lambda API).
 * @example
 * const trigger: StreamConsumerTrigger = { kind: 'stream', table: 'CoreTable', batchSize: 100, ... };
 */
export interface StreamConsumerTrigger {
  readonly kind: 'stream';
  readonly table: TableName;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  readonly parallelizationFactor: number;
  readonly maximumRetryAttempts: number;
  /** -1 = infinite, else 60–604,800 s. */
  readonly maximumRecordAgeInSeconds: number;
  readonly bisectBatchOnFunctionError: boolean;
  readonly reportBatchItemFailures: boolean;
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
  readonly onFailure?: OnFailureDestination;
  /** Lambda filter criteria: patterns over the record, with DynamoDB-typed values. */
  readonly filterPatterns?: readonly Readonly<Record<string, unknown>>[];
}
