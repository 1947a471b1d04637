import { type IConstruct } from 'constructs';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';

/**
 * The cdk-nag packs every stack must pass with zero unacknowledged findings: AWS Solutions and Serverless.
 * @example
 * for (const pack of nagPacks()) expect(pack.validateScope(stack).violations).toEqual([]);
 */
export const nagPacks = (): NagPack[] => [new AwsSolutionsChecks(), new ServerlessChecks()];

/**
 * Runs the packs on every synth of `app` (a finding fails the synth). Acknowledgements are written into the
 * templates' metadata so a reviewer sees each reason next to its resource.
 * @example
 * applyNagPacks(app); app.synth();
 */
export const applyNagPacks = (app: IConstruct): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }), new ServerlessChecks(app, { writeSuppressionsToCloudFormation: true }));
};
