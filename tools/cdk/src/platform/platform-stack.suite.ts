import { tableSpecs } from '@aircraftops/tables';
import { Match } from 'aws-cdk-lib/assertions';

import { PLATFORM_PARAMETERS } from '../config/platform-parameters';
import type { Synthesized } from '../test-support/synthesize-for-test';
import { COGNITO_GROUPS } from './user-pool';

/** Template assertions over the shared synthesis (run from templates.unit.test.ts). */
export const platformStackSuite = (synthesized: Synthesized): void => {
  const { template, json } = synthesized.byApp('stream-bridge');
  const resources = json.Resources ?? {};

  describe('platform stack: tables', () => {
    it.each(tableSpecs.map((spec) => [spec.logicalName, spec] as const))('%s exactly per its specification, with PITR, the CMK and deletion protection', (_name, spec) => {
      const keys = [spec.partitionKey, spec.sortKey, ...spec.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey])];
      const key = Object.keys(template.findResources('AWS::KMS::Key'))[0];
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        Properties: Match.exact({
          KeySchema: [
            { AttributeName: spec.partitionKey, KeyType: 'HASH' },
            { AttributeName: spec.sortKey, KeyType: 'RANGE' },
          ],
          AttributeDefinitions: Match.arrayEquals(keys.map((name) => ({ AttributeName: name, AttributeType: spec.attributeType }))),
          GlobalSecondaryIndexes: spec.globalSecondaryIndexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: index.projection },
          })),
          BillingMode: spec.billingMode,
          StreamSpecification: { StreamViewType: spec.streamViewType },
          TimeToLiveSpecification: { AttributeName: spec.timeToLiveAttribute, Enabled: true },
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] } },
          DeletionProtectionEnabled: true,
          Tags: Match.anyValue(),
        }),
      });
    });

    it('has exactly the specified tables and a rotating customer-managed key', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', tableSpecs.length);
      template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    });
  });

  describe('platform stack: bus, bucket, users', () => {
    it('creates the aircraftops bus with an archive of every event', () => {
      template.hasResourceProperties('AWS::Events::EventBus', { Name: 'aircraftops' });
      template.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 365, SourceArn: Match.anyValue() });
    });

    it('encrypts the dataset bucket with the CMK, blocks public access, requires TLS and has a lifecycle', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) })] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } })]) },
      });
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    });

    it('has one Cognito group per role, no custom attribute, and a client that can write no custom attribute', () => {
      expect(COGNITO_GROUPS).toEqual(expect.arrayContaining(['viewer', 'operator', 'admin', 'auditor']));
      for (const group of COGNITO_GROUPS) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
      const pools = Object.values(template.findResources('AWS::Cognito::UserPool'));
      expect(pools).toHaveLength(1);
      expect(JSON.stringify(pools[0]?.['Properties']['Schema'] ?? [])).not.toContain('custom:');
      expect(pools[0]?.['Properties']).toMatchObject({ MfaConfiguration: 'ON', AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
      const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0];
      expect((client?.['Properties']['WriteAttributes'] as string[]).filter((attribute) => attribute.startsWith('custom:'))).toEqual([]);
    });
  });

  describe('platform stack: stream bridge', () => {
    it.each(['CoreTable', 'JobsTable'])('maps the %s stream with the seed settings and an encrypted SQS on-failure destination', (table) => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp(`^${table}`), 'StreamArn'] },
        BatchSize: 100,
        MaximumBatchingWindowInSeconds: 5,
        ParallelizationFactor: 10,
        MaximumRetryAttempts: 3,
        MaximumRecordAgeInSeconds: 3600,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        StartingPosition: 'TRIM_HORIZON',
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } } },
      });
    });

    it('filters JobsTable noise with the declared filter criteria and leaves CoreTable unfiltered', () => {
      const mappings = Object.values(resources).filter((resource) => resource.Type === 'AWS::Lambda::EventSourceMapping');
      const filtered = mappings.filter((mapping) => mapping.Properties?.['FilterCriteria']);
      expect(filtered).toHaveLength(1);
      expect(JSON.stringify(filtered[0]?.Properties?.['EventSourceArn'])).toContain('JobsTable');
    });

    it('alarms on the bridge iterator age, on-failure queue depth and function errors', () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm['Properties'] as { MetricName: string });
      expect(alarms.filter((alarm) => alarm.MetricName === 'IteratorAge')).toHaveLength(2);
      expect(alarms.filter((alarm) => alarm.MetricName === 'ApproximateNumberOfMessagesVisible')).toHaveLength(2);
      expect(alarms.filter((alarm) => alarm.MetricName === 'Errors')).toHaveLength(2);
    });
  });

  describe('platform stack: SSM parameters', () => {
    it('publishes every parameter an app stack reads', () => {
      const published = new Set(Object.values(template.findResources('AWS::SSM::Parameter')).map((parameter) => parameter['Properties']['Name'] as string));
      const read = synthesized.stacks
        .filter((entry) => entry.manifest.app !== 'stream-bridge')
        .flatMap((entry) => Object.values((entry.json as { Parameters?: Record<string, { Type: string; Default?: string }> }).Parameters ?? {}))
        .filter((parameter) => parameter.Type.startsWith('AWS::SSM::Parameter::Value'))
        .map((parameter) => parameter.Default as string)
        .filter((name) => name.startsWith('/aircraftops/'));
      expect(read.length).toBeGreaterThan(0);
      for (const name of read) expect(published).toContain(name);
      expect(published).toContain(PLATFORM_PARAMETERS.busArn);
    });
  });
};
