import { ArnFormat, Aws, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnDeliveryStream } from 'aws-cdk-lib/aws-kinesisfirehose';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, LogStream, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource';

/** Where the audit export's files land in the bucket: one folder per UTC day of arrival. */
export const AUDIT_ANALYTICS_PREFIX = 'analytics/audit-events/dt=!{timestamp:yyyy-MM-dd}/';
/** Where Firehose puts what it could not deliver, by error type and day. */
export const AUDIT_ANALYTICS_ERROR_PREFIX = 'analytics/audit-events-errors/!{firehose:error-output-type}/dt=!{timestamp:yyyy-MM-dd}/';

/** The delivery stream's inputs: the dataset bucket and the platform's data key. */
export interface AnalyticsDeliveryStreamProps {
  readonly bucket: IBucket;
  readonly key: IKey;
  /** Physical name (also the ARN's last part). */
  readonly deliveryStreamName: string;
}

/**
 * The audit analytics delivery stream (Amazon Data Firehose, Direct PUT) → the dataset bucket under
 * `analytics/audit-events/dt=YYYY-MM-DD/`, failed records under `analytics/audit-events-errors/`.
 * Encrypted twice with the platform key: in the stream (server-side encryption, customer-managed key) and
 * in the bucket (SSE-KMS). Buffered 5 MiB or 300 s, GZIP-compressed. Its own role may write objects under
 * those two prefixes only, use the key only through S3 for this bucket, and log to its own log stream.
 * L1 rather than the L2 `DeliveryStream`: the L2's S3 destination grants read/write on the whole bucket.
 * @example
 * const stream = new AnalyticsDeliveryStream(this, 'AuditAnalytics', { bucket, key, deliveryStreamName: 'aircraftops-audit-analytics' });
 */
export class AnalyticsDeliveryStream extends Construct {
  readonly deliveryStreamName: string;
  readonly deliveryStreamArn: string;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: AnalyticsDeliveryStreamProps) {
    super(scope, id);
    const { bucket, key } = props;
    const region = Stack.of(this).region;
    const logs = new LogGroup(this, 'DeliveryLogs', { retention: RetentionDays.THREE_MONTHS });
    const logStream = new LogStream(this, 'S3Delivery', { logGroup: logs });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('firehose.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } } }),
      description: `${props.deliveryStreamName}: write its objects to the analytics prefixes only`,
    });
    const objectArns = [bucket.arnForObjects('analytics/audit-events/*'), bucket.arnForObjects('analytics/audit-events-errors/*')];
    // The S3 destination's documented needs (Firehose access control: "Grant Firehose access to an Amazon S3 destination").
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], resources: [bucket.bucketArn] }));
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'], resources: objectArns }));
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [key.keyArn],
        // Only through S3, for this bucket: with the bucket's S3 Bucket Key the encryption context is the bucket's
        // ARN (the object's without one), so both are named; the prefixes themselves are held by the S3 statement.
        conditions: {
          StringEquals: { 'kms:ViaService': `s3.${region}.${Aws.URL_SUFFIX}` },
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucket.bucketArn, ...objectArns] },
        },
      }),
    );
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [logStreamArn(logs, logStream)] }));
    for (const arn of objectArns) {
      acknowledgeWildcardResource(this.role, arn, 'Firehose names its objects (day partition, stream name, timestamp, id): object ARNs under the analytics prefix need a key wildcard.');
    }

    const stream = new CfnDeliveryStream(this, 'Resource', {
      deliveryStreamName: props.deliveryStreamName,
      deliveryStreamType: 'DirectPut',
      deliveryStreamEncryptionConfigurationInput: { keyType: 'CUSTOMER_MANAGED_CMK', keyArn: key.keyArn },
      extendedS3DestinationConfiguration: {
        bucketArn: bucket.bucketArn,
        roleArn: this.role.roleArn,
        prefix: AUDIT_ANALYTICS_PREFIX,
        errorOutputPrefix: AUDIT_ANALYTICS_ERROR_PREFIX,
        bufferingHints: { intervalInSeconds: 300, sizeInMBs: 5 },
        compressionFormat: 'GZIP',
        encryptionConfiguration: { kmsEncryptionConfig: { awskmsKeyArn: key.keyArn } },
        cloudWatchLoggingOptions: { enabled: true, logGroupName: logs.logGroupName, logStreamName: logStream.logStreamName },
      },
    });
    // The role's policy must exist before Firehose first assumes the role to check the destination.
    stream.node.addDependency(this.role);
    this.deliveryStreamName = stream.ref;
    this.deliveryStreamArn = stream.attrArn;
  }
}

const logStreamArn = (logs: LogGroup, stream: LogStream): string =>
  Stack.of(logs).formatArn({
    service: 'logs',
    resource: 'log-group',
    resourceName: `${logs.logGroupName}:log-stream:${stream.logStreamName}`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
