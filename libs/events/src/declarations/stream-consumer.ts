import type { HandlerRef } from './handler-ref';

/** A DynamoDB stream event-source mapping, with the Lambda ESM parameters (names as in the Lambda API). */
export interface StreamConsumerDeclaration {
  readonly name: string;
  readonly description: string;
  readonly table: 'CoreTable' | 'JobsTable' | 'AuditEventsTable';
  readonly handler: HandlerRef;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  readonly parallelizationFactor: number;
  readonly maximumRetryAttempts: number;
  readonly maximumRecordAgeInSeconds: number;
  readonly bisectBatchOnFunctionError: boolean;
  readonly reportBatchItemFailures: boolean;
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
  /** Lambda filter criteria: patterns over the record, with DynamoDB-typed values. */
  readonly filterPatterns?: readonly Readonly<Record<string, unknown>>[];
}
