import { Match } from 'aws-cdk-lib/assertions';

import { CONTEXT } from '../config/deployment-config';
import { SCHEMA_READER_ACTIONS } from '../event-schemas/schema-registry';
import { nagPacks } from '../nag/nag-packs';
import { type Synthesized, synthesizeForTest } from '../test-support/synthesize-for-test';
import { CONSUMER_RULE_ACTIONS, CONSUMER_RULES_SID } from './consumer-rules-policy';

const CONSUMERS = ['111122223333', '444455556666'];
const rootsOf = (accounts: readonly string[]) => accounts.map((account) => `arn:aws:iam::${account}:root`);

/** Cross-account subscribers (issue 14): the bus policy and the registry policy, absent by default. */
export const consumerAccessSuite = (synthesized: Synthesized): void => {
  describe('platform stack: cross-account subscribers', () => {
    it('grants no other account anything by default: no bus policy, no registry policy', () => {
      const { template } = synthesized.byApp('stream-bridge');
      template.resourceCountIs('AWS::Events::EventBusPolicy', 0);
      template.resourceCountIs('AWS::EventSchemas::RegistryPolicy', 0);
    });

    describe('with consumer accounts configured', () => {
      let configured: Synthesized;
      beforeAll(() => {
        configured = synthesizeForTest(['stream-bridge'], { [CONTEXT.consumerAccounts]: CONSUMERS.join(',') });
      });
      afterAll(() => configured?.dispose());

      it('lets exactly those accounts manage rules on the aircraftops bus, only the rules each created itself', () => {
        const { template } = configured.byApp('stream-bridge');
        const bus = Object.keys(template.findResources('AWS::Events::EventBus', { Properties: { Name: 'aircraftops' } }))[0] as string;
        const policies = Object.values(template.findResources('AWS::Events::EventBusPolicy'));
        expect(policies).toHaveLength(1);
        expect(policies[0]?.['Properties']).toEqual({
          EventBusName: { Ref: bus },
          StatementId: CONSUMER_RULES_SID,
          Statement: {
            Sid: CONSUMER_RULES_SID,
            Effect: 'Allow',
            Principal: { AWS: rootsOf(CONSUMERS) },
            Action: [...CONSUMER_RULE_ACTIONS],
            // The bus's rules only: arn:aws:events:<region>:<account>:rule/aircraftops/*
            Resource: { 'Fn::Join': ['', ['arn:aws:events:us-east-1:123456789012:rule/', { Ref: bus }, '/*']] },
            Condition: { StringEqualsIfExists: { 'events:creatorAccount': '${aws:PrincipalAccount}' } },
          },
        });
        expect(CONSUMER_RULE_ACTIONS).toEqual([
          'events:PutRule', 'events:PutTargets', 'events:DeleteRule', 'events:RemoveTargets',
          'events:DisableRule', 'events:EnableRule', 'events:DescribeRule', 'events:ListTargetsByRule',
        ]);
        // Subscribers never publish to the platform's bus.
        expect(CONSUMER_RULE_ACTIONS).not.toContain('events:PutEvents');
      });

      it('lets them read (never write) the schema registry', () => {
        const { template } = configured.byApp('stream-bridge');
        template.hasResourceProperties('AWS::EventSchemas::RegistryPolicy', {
          Policy: {
            Statement: [
              Match.objectLike({
                Effect: 'Allow',
                Principal: { AWS: rootsOf(CONSUMERS) },
                Action: [...SCHEMA_READER_ACTIONS],
                Resource: [Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('^EventSchemasRegistry'), 'RegistryArn'] }), 'arn:aws:schemas:us-east-1:123456789012:schema/aircraftops-events/*'],
              }),
            ],
          },
        });
        for (const action of SCHEMA_READER_ACTIONS) expect(action).toMatch(/^schemas:(Describe|List|Search|Get)/);
      });

      it('stays free of unacknowledged cdk-nag findings', () => {
        const { stack } = configured.byApp('stream-bridge');
        // AwsSolutions-EVB1 reads CfnEventBusPolicy's deprecated `principal` (unset here): keep jsii's warning out of the output.
        const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
        try {
          for (const pack of nagPacks()) expect(pack.validateScope(stack).violations.map((violation) => violation.ruleName)).toEqual([]);
        } finally {
          warn.mockRestore();
        }
      });
    });

    it('refuses a malformed consumer account at synth, before any template is written', () => {
      expect(() => synthesizeForTest(['stream-bridge'], { [CONTEXT.consumerAccounts]: '111122223333,11112222333' })).toThrow(
        'aircraftops:consumerAccounts: "11112222333" is not an AWS account id (12 digits',
      );
    });
  });
};
