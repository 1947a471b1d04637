import { Aws, type Stack } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';

import { PLATFORM_PARAMETERS } from './platform-parameters';
import type { PlatformReferences } from './platform-references';
import { BUCKET_ROLES_OF, DELIVERY_STREAM_NAMES, TABLE_NAMES } from './resource-lists';

/** An object whose every key reads its value on first access (and only then). */
const lazyRecord = <K extends string>(keys: readonly K[], read: (key: K) => string): Record<K, string> => {
  const record = {} as Record<K, string>;
  for (const key of keys) {
    let value: string | undefined;
    Object.defineProperty(record, key, { enumerable: true, get: () => (value ??= read(key)) });
  }
  return record;
};

/**
 * The platform as an app stack sees it: every value an SSM parameter the platform stack published,
 * resolved by CloudFormation at deploy time (no look-up at synth, no hard-coded name). Each parameter is
 * read only when something uses it, so a stack declares exactly the parameters it needs.
 * @example
 * const platform = readPlatformReferences(this);
 * new CfnOutput(this, 'Table', { value: platform.names.tables.CoreTable });
 */
export const readPlatformReferences = (stack: Stack): PlatformReferences => {
  const read = (name: string): string => StringParameter.valueForStringParameter(stack, name);
  const scalars = lazyRecord(['busName', 'busArn', 'dataKeyArn', 'jwtIssuerUrl', 'userPoolClientId'] as const, (key) => read(PLATFORM_PARAMETERS[key]));
  const names = { partition: Aws.PARTITION, region: stack.region, account: stack.account } as const;
  return {
    names: {
      ...names,
      tables: lazyRecord(TABLE_NAMES, (table) => read(PLATFORM_PARAMETERS.tableName(table))),
      get busName() {
        return scalars.busName;
      },
      buckets: lazyRecord(BUCKET_ROLES_OF, (bucket) => read(PLATFORM_PARAMETERS.bucketName(bucket))),
      deliveryStreams: lazyRecord(DELIVERY_STREAM_NAMES, (stream) => read(PLATFORM_PARAMETERS.deliveryStreamName(stream))),
    },
    tableStreamArns: lazyRecord(TABLE_NAMES, (table) => read(PLATFORM_PARAMETERS.tableStreamArn(table))),
    get busArn() {
      return scalars.busArn;
    },
    get dataKeyArn() {
      return scalars.dataKeyArn;
    },
    get jwtIssuerUrl() {
      return scalars.jwtIssuerUrl;
    },
    get userPoolClientId() {
      return scalars.userPoolClientId;
    },
  };
};
