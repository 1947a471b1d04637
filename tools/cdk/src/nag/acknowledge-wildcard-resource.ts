import { Stack, Validations } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges the AwsSolutions-IAM5 finding for one wildcard resource, by the exact id cdk-nag gives it
 * (`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::<Bucket>/*]`): only that resource, never the
 * rule as a whole, so any other wildcard still fails the synth.
 * @example
 * acknowledgeWildcardResource(role, `${bucketArn}/imports/*`, 'Object ARNs under the declared prefix need a key wildcard.');
 */
export const acknowledgeWildcardResource = (scope: IConstruct, resource: string, reason: string): void => {
  const flat = flattenCfnReference(Stack.of(scope).resolve(resource));
  Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flat}]`, reason });
};
