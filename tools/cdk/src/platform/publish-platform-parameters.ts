import type { BucketRole } from '@aircraftops/declarations';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

import { PLATFORM_PARAMETERS } from '../config/platform-parameters';
import type { PlatformReferences } from '../config/platform-references';
import { DELIVERY_STREAM_NAMES, TABLE_NAMES } from '../config/resource-lists';

/** What the platform publishes: its references plus the ids only operators need (the user pool). */
export interface PublishedPlatform {
  readonly references: PlatformReferences;
  readonly userPoolId: string;
  readonly bucketRoles: readonly BucketRole[];
}

/**
 * Publishes every name and ARN an app stack needs as an SSM parameter (`PLATFORM_PARAMETERS`), the
 * contract `readPlatformReferences` reads on the other side.
 * @example
 * publishPlatformParameters(this, { references, userPoolId: pool.userPoolId, bucketRoles: ['datasets'] });
 */
export const publishPlatformParameters = (scope: Construct, { references, userPoolId, bucketRoles }: PublishedPlatform): Construct => {
  const parameters = new Construct(scope, 'Parameters');
  const publish = (parameterName: string, stringValue: string): void => {
    new StringParameter(parameters, parameterName, { parameterName, stringValue, description: 'Published by the AircraftOps platform stack' });
  };
  for (const table of TABLE_NAMES) {
    publish(PLATFORM_PARAMETERS.tableName(table), references.names.tables[table]);
    publish(PLATFORM_PARAMETERS.tableStreamArn(table), references.tableStreamArns[table]);
  }
  publish(PLATFORM_PARAMETERS.busName, references.names.busName);
  publish(PLATFORM_PARAMETERS.busArn, references.busArn);
  for (const bucket of bucketRoles) publish(PLATFORM_PARAMETERS.bucketName(bucket), references.names.buckets[bucket]);
  for (const stream of DELIVERY_STREAM_NAMES) {
    const name = references.names.deliveryStreams?.[stream];
    if (name === undefined) throw new Error(`the platform has no delivery stream "${stream}" to publish`);
    publish(PLATFORM_PARAMETERS.deliveryStreamName(stream), name);
  }
  publish(PLATFORM_PARAMETERS.dataKeyArn, references.dataKeyArn);
  publish(PLATFORM_PARAMETERS.userPoolId, userPoolId);
  publish(PLATFORM_PARAMETERS.userPoolClientId, references.userPoolClientId);
  publish(PLATFORM_PARAMETERS.jwtIssuerUrl, references.jwtIssuerUrl);
  return parameters;
};
