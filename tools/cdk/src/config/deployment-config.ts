import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

/** Where and how the stacks deploy; every value comes from CDK context (`-c key=value`) or the environment. */
export interface DeploymentConfig {
  /** Explicit so synth never looks the account up (offline, no credentials). */
  readonly account: string;
  readonly region: string;
  /** Browser origins allowed to call the HTTP APIs; empty = no CORS at all (fail closed). */
  readonly corsOrigins: readonly string[];
  /** Days CloudWatch keeps function and API access logs. */
  readonly logRetentionDays: number;
  /**
   * AWS accounts (12-digit ids) that may create rules on the `aircraftops` bus for themselves and read the
   * schema registry (docs/consuming-events.md); empty = no cross-account access at all.
   */
  readonly consumerAccounts: readonly string[];
}

/** Context keys, documented in docs/deploy.md (CORS origins, log retention and consumer accounts also come from `AIRCRAFTOPS_*` variables). */
export const CONTEXT = {
  account: 'aircraftops:account',
  region: 'aircraftops:region',
  corsOrigins: 'aircraftops:corsOrigins',
  logRetentionDays: 'aircraftops:logRetentionDays',
  consumerAccounts: 'aircraftops:consumerAccounts',
} as const;

/** The account offline synth uses when none is configured: a documentation account, never deployed to. */
export const PLACEHOLDER_ACCOUNT = '123456789012';
/** The region offline synth uses when none is configured. */
export const DEFAULT_REGION = 'us-east-1';

const listOf = (value: unknown): string[] => {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.map(String).filter((item) => item.trim() !== '');
  const text = String(value).trim();
  // `-c key=["a","b"]` arrives as a string; accept JSON and comma lists alike.
  if (text.startsWith('[')) return listOf(JSON.parse(text) as unknown);
  return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
};

const CORS_ORIGIN = /^https?:\/\/[^\s/*]+$/;
const ACCOUNT_ID = /^\d{12}$/;

/** Consumer accounts, validated and without duplicates (a typo must not become a principal AWS rejects at deploy time). */
const consumerAccountsOf = (value: unknown): string[] => {
  const accounts = listOf(value);
  for (const account of accounts) {
    if (!ACCOUNT_ID.test(account)) throw new Error(`${CONTEXT.consumerAccounts}: "${account}" is not an AWS account id (12 digits, e.g. 111122223333)`);
  }
  return [...new Set(accounts)];
};

/**
 * The deployment configuration of an app's construct tree. The account and region fall back to what the
 * CDK CLI resolved from the credentials (`CDK_DEFAULT_*`), then to placeholders so `npm run synth` works on
 * a fresh clone. A CORS origin must be an exact `http(s)://host[:port]`: a `*` would open every API.
 * Consumer accounts must be 12-digit account ids.
 * @throws Error on an invalid origin, retention or consumer account.
 * @example
 * const config = deploymentConfigOf(app.node); // { account: '123456789012', region: 'us-east-1', corsOrigins: [], consumerAccounts: [], ... }
 */
export const deploymentConfigOf = (node: Node, env: NodeJS.ProcessEnv = process.env): DeploymentConfig => {
  const context = (key: string): unknown => node.tryGetContext(key);
  const corsOrigins = listOf(context(CONTEXT.corsOrigins) ?? env['AIRCRAFTOPS_CORS_ORIGINS']);
  for (const origin of corsOrigins) {
    if (!CORS_ORIGIN.test(origin)) throw new Error(`CORS origin "${origin}" must be an exact http(s)://host[:port] (no wildcard, no path)`);
  }
  const logRetentionDays = Number(context(CONTEXT.logRetentionDays) ?? env['AIRCRAFTOPS_LOG_RETENTION_DAYS'] ?? 90);
  // CloudWatch accepts only its own retention periods (1, 3, 5, 7, 14, 30, 60, 90, …, 3653 days).
  if (!(Object.values(RetentionDays) as unknown[]).includes(logRetentionDays) || logRetentionDays === RetentionDays.INFINITE) {
    throw new Error(`${CONTEXT.logRetentionDays} must be a CloudWatch retention period in days (1, 3, 5, 7, 14, 30, 60, 90, …); got ${logRetentionDays}`);
  }
  return {
    account: String(context(CONTEXT.account) ?? env['CDK_DEFAULT_ACCOUNT'] ?? PLACEHOLDER_ACCOUNT),
    region: String(context(CONTEXT.region) ?? env['CDK_DEFAULT_REGION'] ?? DEFAULT_REGION),
    corsOrigins,
    logRetentionDays,
    consumerAccounts: consumerAccountsOf(context(CONTEXT.consumerAccounts) ?? env['AIRCRAFTOPS_CONSUMER_ACCOUNTS']),
  };
};
