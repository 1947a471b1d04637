import { CORS_ORIGINS_ENV } from '@aircraftops/lambda-kit';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';


import { type Synthesized, synthesizeForTest } from '../test-support/synthesize-for-test';
import { CONTEXT, deploymentConfigOf, PLACEHOLDER_ACCOUNT } from './deployment-config';

/** Configuration and CORS assertions; the unconfigured case uses the shared synthesis. */
export const deploymentConfigSuite = (synthesized: Synthesized): void => {
  const configOf = (context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) => deploymentConfigOf(new App({ context }).node, env);

  describe('deployment configuration', () => {
    it('defaults to a placeholder account, no CORS origin and no consumer account, so synth works offline and both fail closed', () => {
      expect(configOf({})).toEqual({ account: PLACEHOLDER_ACCOUNT, region: 'us-east-1', corsOrigins: [], logRetentionDays: 90, consumerAccounts: [] });
    });

    it('takes the account and region the CDK CLI resolved, and context over both', () => {
      expect(configOf({}, { CDK_DEFAULT_ACCOUNT: '111111111111', CDK_DEFAULT_REGION: 'eu-west-1' })).toMatchObject({ account: '111111111111', region: 'eu-west-1' });
      expect(configOf({ [CONTEXT.account]: '222222222222' }, { CDK_DEFAULT_ACCOUNT: '111111111111' }).account).toBe('222222222222');
    });

    it('accepts only CloudWatch retention periods', () => {
      expect(configOf({ [CONTEXT.logRetentionDays]: '30' }).logRetentionDays).toBe(30);
      expect(configOf({}, { AIRCRAFTOPS_LOG_RETENTION_DAYS: '365' }).logRetentionDays).toBe(365);
      expect(() => configOf({ [CONTEXT.logRetentionDays]: '31' })).toThrow(/retention period/);
    });

    it('reads CORS origins as a comma list or JSON array, and refuses wildcards and paths', () => {
      expect(configOf({ [CONTEXT.corsOrigins]: 'https://ops.example.com, http://localhost:5173' }).corsOrigins).toEqual(['https://ops.example.com', 'http://localhost:5173']);
      expect(configOf({ [CONTEXT.corsOrigins]: '["https://ops.example.com"]' }).corsOrigins).toEqual(['https://ops.example.com']);
      expect(() => configOf({ [CONTEXT.corsOrigins]: '*' })).toThrow(/exact/);
      expect(() => configOf({ [CONTEXT.corsOrigins]: 'https://*.example.com' })).toThrow(/exact/);
      expect(() => configOf({ [CONTEXT.corsOrigins]: 'https://ops.example.com/app' })).toThrow(/exact/);
    });

    it('reads consumer accounts as a comma list or JSON array (context over AIRCRAFTOPS_CONSUMER_ACCOUNTS), without duplicates', () => {
      expect(configOf({ [CONTEXT.consumerAccounts]: '111122223333, 444455556666,111122223333' }).consumerAccounts).toEqual(['111122223333', '444455556666']);
      expect(configOf({ [CONTEXT.consumerAccounts]: '["111122223333"]' }).consumerAccounts).toEqual(['111122223333']);
      expect(configOf({ [CONTEXT.consumerAccounts]: ['444455556666'] }).consumerAccounts).toEqual(['444455556666']);
      expect(configOf({}, { AIRCRAFTOPS_CONSUMER_ACCOUNTS: '111122223333' }).consumerAccounts).toEqual(['111122223333']);
      expect(configOf({ [CONTEXT.consumerAccounts]: '444455556666' }, { AIRCRAFTOPS_CONSUMER_ACCOUNTS: '111122223333' }).consumerAccounts).toEqual(['444455556666']);
    });

    it.each(['12345', '1111222233334', '11112222333a', 'arn:aws:iam::111122223333:root', '*', '1111-2222-3333'])('refuses the consumer account "%s" with an error naming it', (account) => {
      expect(() => configOf({ [CONTEXT.consumerAccounts]: `111122223333,${account}` })).toThrow(`${CONTEXT.consumerAccounts}: "${account}" is not an AWS account id (12 digits`);
    });
  });

  describe('CORS on the HTTP APIs', () => {
    it('allows exactly the configured origins, and none without configuration', () => {
      const configured = synthesizeForTest(['audit'], { [CONTEXT.corsOrigins]: 'https://ops.example.com' });
      try {
        configured.byApp('audit').template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: ['https://ops.example.com'] } });
        configured.byApp('audit').template.hasResourceProperties('AWS::Lambda::Function', {
          Environment: { Variables: Match.objectLike({ [CORS_ORIGINS_ENV]: 'https://ops.example.com' }) },
        });
      } finally {
        configured.dispose();
      }
      for (const { template } of synthesized.stacks) {
        for (const api of Object.values(template.findResources('AWS::ApiGatewayV2::Api'))) expect(api['Properties']['CorsConfiguration']).toBeUndefined();
        // Nor the handlers: no variable, and their CORS middleware sends no headers (lambda-kit fails closed).
        for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
          expect((fn['Properties']['Environment'] as { Variables: Record<string, unknown> }).Variables).not.toHaveProperty(CORS_ORIGINS_ENV);
        }
      }
    });
  });
};
