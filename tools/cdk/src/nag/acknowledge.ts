import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding on a construct (and its children), with the reason a reviewer reads.
 * cdk-nag 3 matches the finding id exactly, e.g. `AwsSolutions-IAM5[Resource::*]`.
 * @example
 * acknowledge(queue, 'AwsSolutions-SQS3', 'This queue is itself a dead-letter queue.');
 */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void => {
  Validations.of(scope).acknowledge({ id, reason });
};
