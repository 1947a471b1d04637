import { Match } from 'aws-cdk-lib/assertions';

import { PLATFORM_PARAMETERS } from '../config/platform-parameters';
import type { Synthesized } from '../test-support/synthesize-for-test';
import { AUDIT_ANALYTICS_ERROR_PREFIX, AUDIT_ANALYTICS_PREFIX } from './analytics-delivery-stream';

/** Template assertions over the shared synthesis (run from templates.unit.test.ts). */
export const analyticsDeliveryStreamSuite = (synthesized: Synthesized): void => {
  const { template, json } = synthesized.byApp('stream-bridge');
  const resources = json.Resources ?? {};
  const idOf = (type: string) => Object.entries(resources).find(([, resource]) => resource.Type === type)?.[0];

  describe('platform stack: the audit analytics delivery stream', () => {
    it('delivers Direct PUT records to the dataset bucket by day, errors apart, encrypted with the data key, buffered and compressed', () => {
      const key = idOf('AWS::KMS::Key');
      template.resourceCountIs('AWS::KinesisFirehose::DeliveryStream', 1);
      template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
        DeliveryStreamName: 'aircraftops-audit-analytics',
        DeliveryStreamType: 'DirectPut',
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: { 'Fn::GetAtt': [key, 'Arn'] } },
        ExtendedS3DestinationConfiguration: Match.objectLike({
          Prefix: AUDIT_ANALYTICS_PREFIX,
          ErrorOutputPrefix: AUDIT_ANALYTICS_ERROR_PREFIX,
          BufferingHints: { IntervalInSeconds: 300, SizeInMBs: 5 },
          CompressionFormat: 'GZIP',
          EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: { 'Fn::GetAtt': [key, 'Arn'] } } },
          CloudWatchLoggingOptions: Match.objectLike({ Enabled: true }),
        }),
      });
      expect(AUDIT_ANALYTICS_PREFIX).toBe('analytics/audit-events/dt=!{timestamp:yyyy-MM-dd}/');
    });

    it('gives its role object writes under the analytics prefixes only, and the key only through S3 for that bucket', () => {
      const role = Object.entries(resources).find(
        ([, resource]) => resource.Type === 'AWS::IAM::Role' && JSON.stringify(resource.Properties?.['AssumeRolePolicyDocument']).includes('firehose.amazonaws.com'),
      )?.[0];
      const policy = Object.values(resources).find((resource) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties?.['Roles']).includes(`"${role}"`));
      const statements = (policy?.Properties?.['PolicyDocument'] as { Statement: { Action: string | string[]; Resource: unknown; Condition?: unknown }[] }).Statement;
      const text = JSON.stringify(statements);

      expect(statements.flatMap((statement) => statement.Action)).toEqual(
        expect.arrayContaining(['s3:PutObject', 's3:AbortMultipartUpload', 'kms:GenerateDataKey', 'logs:PutLogEvents']),
      );
      expect(statements.flatMap((statement) => statement.Action).filter((action) => action.includes('*') || action === 's3:DeleteObject')).toEqual([]);
      expect(text).toContain('/analytics/audit-events/*');
      expect(text).toContain('/analytics/audit-events-errors/*');
      expect(text).toContain('kms:ViaService');
    });

    it('publishes the stream name for the audit stack', () => {
      template.hasResourceProperties('AWS::SSM::Parameter', { Name: PLATFORM_PARAMETERS.deliveryStreamName('audit-analytics') });
    });

    it("grants the audit exporter PutRecordBatch on that stream alone, by the published name", () => {
      const audit = synthesized.byApp('audit');
      const text = JSON.stringify(audit.json.Resources ?? {});
      expect(text).toContain('firehose:PutRecordBatch');
      expect(text).toMatch(/SsmParameterValueaircraftopsplatformfirehoseauditanalyticsname/);
    });
  });
};
