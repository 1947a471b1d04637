import { Validations } from 'aws-cdk-lib';

import type { Synthesized } from '../test-support/synthesize-for-test';
import { nagPacks } from './nag-packs';

/** Template assertions over the shared synthesis (run from templates.unit.test.ts). */
export const nagPacksSuite = (synthesized: Synthesized): void => {

  describe('cdk-nag', () => {
    it.each(synthesized.stacks.map((entry) => [entry.stack.stackName, entry] as const))('%s has zero unacknowledged AwsSolutions and Serverless findings', (_name, { stack }) => {
      for (const pack of nagPacks()) {
        const findings = pack.validateScope(stack).violations.map((violation) => `${violation.ruleName} at ${violation.violatingResources.map((resource) => ('constructPath' in resource ? resource.constructPath : '')).join(', ')}`);
        expect(findings).toEqual([]);
      }
    });

    it('acknowledges nothing without a reason', () => {
      for (const { stack } of synthesized.stacks) {
        for (const construct of stack.node.findAll()) {
          for (const entry of construct.node.metadata.filter((metadata) => metadata.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)) {
            for (const reason of Object.values(entry.data as Record<string, string>)) expect(reason.length).toBeGreaterThan(30);
          }
        }
      }
    });
  });
};
