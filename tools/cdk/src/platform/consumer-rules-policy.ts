import { ArnFormat, Stack } from 'aws-cdk-lib';
import { CfnEventBusPolicy, type EventBus } from 'aws-cdk-lib/aws-events';
import { AccountPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';

/**
 * What a consumer account may do on the bus: manage its own rules and their targets (AWS's documented
 * "manage rules they created" set, without tagging, which no subscriber needs on our bus). No
 * `events:PutEvents`: consumers never publish to the platform's bus.
 */
export const CONSUMER_RULE_ACTIONS: readonly string[] = [
  'events:PutRule',
  'events:PutTargets',
  'events:DeleteRule',
  'events:RemoveTargets',
  'events:DisableRule',
  'events:EnableRule',
  'events:DescribeRule',
  'events:ListTargetsByRule',
];

/** The statement id on the bus policy. */
export const CONSUMER_RULES_SID = 'ConsumerAccountsManageTheirOwnRules';

/**
 * Lets each consumer account create rules on `bus` and manage only the rules it created itself, with the
 * condition AWS documents for it: `events:creatorAccount` must equal the calling account
 * (`${aws:PrincipalAccount}`). `IfExists`, because a rule that does not exist yet has no creator: PutRule
 * of a new name is allowed, while any call on an existing rule of the platform or of another consumer is
 * denied. The resource is the bus's rules only (`rule/<bus>/*`), never the account's other buses.
 * With no account configured nothing is added: the bus has no resource policy at all.
 * (cdk-nag's AwsSolutions-EVB1 reads the policy's deprecated `principal` property and prints a jsii
 * deprecation warning on synth when accounts are configured; the policy itself uses only `Statement`.)
 * @returns the policy, or undefined when no account is configured.
 * @example
 * allowConsumerRules(bus, ['111122223333']);
 */
export const allowConsumerRules = (bus: EventBus, accounts: readonly string[]): CfnEventBusPolicy | undefined => {
  if (accounts.length === 0) return undefined;
  const rules = Stack.of(bus).formatArn({ service: 'events', resource: 'rule', resourceName: `${bus.eventBusName}/*`, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
  const statement = new PolicyStatement({
    sid: CONSUMER_RULES_SID,
    effect: Effect.ALLOW,
    principals: accounts.map((account) => new AccountPrincipal(account)),
    actions: [...CONSUMER_RULE_ACTIONS],
    resources: [rules],
    // A policy variable, not a token: IAM evaluates it per request to the caller's own account.
    conditions: { StringEqualsIfExists: { 'events:creatorAccount': '${aws:PrincipalAccount}' } },
  });
  return new CfnEventBusPolicy(bus, 'ConsumerRulesPolicy', { eventBusName: bus.eventBusName, statementId: CONSUMER_RULES_SID, statement: statement.toStatementJson() });
};
