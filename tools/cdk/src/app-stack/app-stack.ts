import type { AppManifest } from '@aircraftops/declarations';
import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

import type { DeploymentConfig } from '../config/deployment-config';
import { readPlatformReferences } from '../config/read-platform-references';
import { stackNameOf } from '../config/stack-names';
import { DeclaredApp } from './declared-app';

/** An app stack's inputs: the app's declarations and the deployment configuration (see `AppStack`). */
export interface AppStackProps extends StackProps {
  readonly manifest: AppManifest;
  readonly config: DeploymentConfig;
}

/**
 * One app's stack, deployed by its team on its own: its declared functions and triggers, wired to the
 * platform through SSM parameters only (so it never shares a CloudFormation export with another stack).
 * @example
 * new AppStack(app, 'aircraftops-aircraft', { manifest, config, env: { account, region } });
 */
export class AppStack extends Stack {
  readonly declared: DeclaredApp;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, { ...props, stackName: stackNameOf(props.manifest.app), description: `AircraftOps ${props.manifest.app} app (generated from its declarations)` });
    Tags.of(this).add('aircraftops:app', props.manifest.app);
    this.declared = new DeclaredApp(this, 'App', { manifest: props.manifest, platform: readPlatformReferences(this), config: props.config });
  }
}
