import type { ResourceNames, TableName } from '@aircraftops/declarations';

/**
 * What a stack needs to know of the platform to wire its functions. Inside the platform stack the values
 * are the constructs' own tokens; in an app stack they are SSM parameter values resolved at deploy time.
 */
export interface PlatformReferences {
  /** Physical names (tokens) for `policyStatementsOf` and `environmentOf`. */
  readonly names: ResourceNames;
  /** The stream ARN of each table (a stream consumer's event source). */
  readonly tableStreamArns: Readonly<Record<TableName, string>>;
  readonly busArn: string;
  /** The customer-managed key encrypting tables, streams and the dataset bucket. */
  readonly dataKeyArn: string;
  /** Cognito issuer URL and app client id: the JWT authorizer's issuer and audience. */
  readonly jwtIssuerUrl: string;
  readonly userPoolClientId: string;
}
