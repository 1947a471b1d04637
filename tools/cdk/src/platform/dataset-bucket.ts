import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

import { acknowledge } from '../nag/acknowledge';

/**
 * The dataset bucket (FAA files for ingestion): encrypted with the platform key, TLS only, no public
 * access, versioned, with a lifecycle that moves datasets to cheaper storage and expires old versions.
 * Its server access logs go to a log bucket of its own.
 * @example
 * const datasets = datasetBucket(this, key);
 */
export const datasetBucket = (scope: Construct, key: IKey): Bucket => {
  const accessLogs = new Bucket(scope, 'DatasetAccessLogs', {
    // S3 server access logs can only be delivered to an SSE-S3 bucket; delivery is granted by bucket policy (no ACLs).
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ expiration: Duration.days(365) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(accessLogs, 'AwsSolutions-S1', 'This bucket is the access-log destination itself; logging it would log the logs.');
  return new Bucket(scope, 'Datasets', {
    encryption: BucketEncryption.KMS,
    encryptionKey: key,
    bucketKeyEnabled: true,
    enforceSSL: true,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: 'datasets/',
    lifecycleRules: [
      { id: 'datasets-to-infrequent-access', transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }] },
      { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
    ],
    removalPolicy: RemovalPolicy.RETAIN,
  });
};
