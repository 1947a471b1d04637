import { type StreamConsumerDeclaration, tableArn } from '@aircraftops/declarations';
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EventSourceMapping, FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';

import type { PlatformReferences } from '../config/platform-references';
import type { DeclaredFunction } from '../functions/declared-function';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource';
import { deadLetterQueue } from './encrypted-queue';

/** IteratorAge alarm threshold when records never expire: 15 minutes behind is already an incident. */
const UNBOUNDED_AGE_ALARM_SECONDS = 900;

/** A declared stream consumer, its function and the platform's stream ARNs (see `StreamMapping`). */
export interface StreamMappingProps {
  readonly consumer: StreamConsumerDeclaration;
  readonly fn: DeclaredFunction;
  readonly platform: PlatformReferences;
}

/**
 * A declared DynamoDB stream consumer: the event-source mapping with every declared setting, an encrypted
 * SQS on-failure destination when declared, stream read permissions on that one stream, and an
 * IteratorAge alarm at half the maximum record age (records older than that are dropped to the queue).
 * @example
 * new StreamMapping(this, 'Mapping', { consumer, fn, platform });
 */
export class StreamMapping extends Construct {
  readonly mapping: EventSourceMapping;

  constructor(scope: Construct, id: string, { consumer, fn, platform }: StreamMappingProps) {
    super(scope, id);
    const streamArn = platform.tableStreamArns[consumer.table];
    const onFailure = consumer.onFailure ? deadLetterQueue(this, 'OnFailure', consumer.name).queue : undefined;
    this.mapping = new EventSourceMapping(this, 'Mapping', {
      target: fn.function,
      eventSourceArn: streamArn,
      startingPosition: StartingPosition[consumer.startingPosition],
      batchSize: consumer.batchSize,
      maxBatchingWindow: Duration.seconds(consumer.maximumBatchingWindowInSeconds),
      parallelizationFactor: consumer.parallelizationFactor,
      // -1 (infinite) is the service default and outside the CDK's accepted range: leave it unset.
      ...(consumer.maximumRetryAttempts >= 0 ? { retryAttempts: consumer.maximumRetryAttempts } : {}),
      ...(consumer.maximumRecordAgeInSeconds >= 0 ? { maxRecordAge: Duration.seconds(consumer.maximumRecordAgeInSeconds) } : {}),
      bisectBatchOnError: consumer.bisectBatchOnFunctionError,
      reportBatchItemFailures: consumer.reportBatchItemFailures,
      ...(onFailure ? { onFailure: new SqsDlq(onFailure) } : {}),
      ...(consumer.filterPatterns?.length ? { filters: consumer.filterPatterns.map((pattern) => FilterCriteria.filter(pattern as Record<string, unknown>)) } : {}),
    });
    // Lambda reads the stream with the function's role: that stream only (ListStreams on the table's streams).
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: [streamArn] }),
    );
    const tableStreams = `${tableArn(platform.names, consumer.table)}/stream/*`;
    fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:ListStreams'], resources: [tableStreams] }));
    acknowledgeWildcardResource(fn, tableStreams, `ListStreams (which Lambda's stream poller calls) on ${consumer.table}'s streams only: the stream label is not known before deployment.`);
    const ageSeconds = consumer.maximumRecordAgeInSeconds > 0 ? consumer.maximumRecordAgeInSeconds / 2 : UNBOUNDED_AGE_ALARM_SECONDS;
    new Alarm(this, 'IteratorAgeAlarm', {
      alarmDescription: `${consumer.name} is more than ${ageSeconds} s behind its ${consumer.table} stream`,
      metric: fn.function.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(1) }),
      threshold: ageSeconds * 1000,
      evaluationPeriods: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
