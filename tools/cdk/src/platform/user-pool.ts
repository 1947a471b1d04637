import { ROLES } from '@aircraftops/lambda-kit';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, ClientAttributes, FeaturePlan, Mfa, UserPool, type UserPoolClient, UserPoolGroup } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

import { acknowledge } from '../nag/acknowledge';

/**
 * Cognito groups: one per platform role, plus `auditor`, the separately granted role issue 11 announces
 * (created ahead so granting it needs no platform change; `rolesFromClaims` ignores it until it is a role).
 */
export const COGNITO_GROUPS: readonly string[] = [...new Set<string>([...ROLES, 'auditor'])];

/**
 * The platform's users: sign-in by e-mail, no self sign-up (operators invite users), MFA required (TOTP),
 * a strong password policy, and one group per role. The pool has no custom attribute and the app client
 * may write only standard ones, so nothing a user can set on their own profile can ever grant a role:
 * roles come from `cognito:groups`, which only an administrator changes.
 * @example
 * const { pool, client } = platformUserPool(this);
 */
export const platformUserPool = (scope: Construct): { pool: UserPool; client: UserPoolClient } => {
  const pool = new UserPool(scope, 'Users', {
    userPoolName: 'aircraftops',
    featurePlan: FeaturePlan.ESSENTIALS,
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    autoVerify: { email: true },
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: { minLength: 14, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(pool, 'AwsSolutions-COG3', 'Threat protection (advanced security) needs the Cognito Plus plan billed per active user; users are invited staff with MFA required. Revisit when self sign-up or federation arrives.');
  acknowledge(pool, 'AwsSolutions-COG8', 'The Plus feature plan (threat protection) is billed per active user; invited staff with required MFA do not need it yet (see COG3).');
  for (const group of COGNITO_GROUPS) {
    new UserPoolGroup(scope, `Group-${group}`, { userPool: pool, groupName: group, description: `AircraftOps role "${group}": membership is the only way to hold it` });
  }
  const client = pool.addClient('ApiClient', {
    userPoolClientName: 'aircraftops-api',
    generateSecret: false,
    authFlows: { userSrp: true },
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    accessTokenValidity: Duration.hours(1),
    idTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    readAttributes: new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, fullname: true }),
    writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
  });
  return { pool, client };
};
