import { readFileSync } from 'node:fs';

import type { AppManifest } from '@aircraftops/declarations';
import { App, type Stack } from 'aws-cdk-lib';

import { AppStack } from './app-stack/app-stack';
import { deploymentConfigOf } from './config/deployment-config';
import { PLATFORM_APP, PLATFORM_STACK_NAME, stackNameOf } from './config/stack-names';
import { applyNagPacks } from './nag/nag-packs';
import { PlatformStack } from './platform/platform-stack';

// Read as data rather than imported: under tsx on Node 22 a `require` of this JSON file receives tsx's ESM
// rendering of it and fails to parse.
const RECOMMENDED_FEATURE_FLAGS = JSON.parse(readFileSync(require.resolve('aws-cdk-lib/recommended-feature-flags.json'), 'utf8')) as Record<string, unknown>;

/** Which apps to synthesise, where, and with which extra context (see `buildCloudApp`). */
export interface CloudAppOptions {
  /** Every app of the platform (`platformApps`). */
  readonly apps: readonly AppManifest[];
  /** Only these apps' stacks (`stream-bridge` = the platform stack); all when absent. */
  readonly only?: readonly string[];
  /** Where the cloud assembly goes; the CLI's `CDK_OUTDIR` wins when it runs the app. */
  readonly outdir?: string;
  /** Extra context (tests set `aws:cdk:bundling-stacks`). */
  readonly context?: Record<string, unknown>;
  /** Run cdk-nag on synth (default true). Tests run the packs themselves, per stack. */
  readonly nag?: boolean;
}

/** The app and its stacks by app name (`stream-bridge` → the platform stack). */
export interface CloudApp {
  readonly app: App;
  readonly stacks: ReadonlyMap<string, Stack>;
}

/**
 * The whole cloud deployment as one CDK app: the platform stack (with the stream bridge) and one stack per
 * other app, each with an explicit account and region so that synth never looks anything up. App stacks
 * reference the platform only through SSM, so any subset can be synthesised and deployed alone.
 * @throws Error when `only` names an app that is not in `apps`.
 * @example
 * const { app } = buildCloudApp({ apps: platformApps, only: ['aircraft'] }); app.synth();
 */
export const buildCloudApp = (options: CloudAppOptions): CloudApp => {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    // The feature flags `cdk init` would write for this CDK version (there is no cdk.json), except minimised
    // policies: each function's DeclaredAccess policy stays one statement per derived statement, reviewable
    // against its declaration.
    context: { ...RECOMMENDED_FEATURE_FLAGS, '@aws-cdk/aws-iam:minimizePolicies': false, ...options.context },
  });
  const config = deploymentConfigOf(app.node);
  const env = { account: config.account, region: config.region };
  const known = new Set(options.apps.map((manifest) => manifest.app));
  for (const name of options.only ?? []) if (!known.has(name)) throw new Error(`Unknown app "${name}"; known: ${[...known].join(', ')}`);
  const wanted = (name: string): boolean => !options.only || options.only.includes(name);

  const stacks = new Map<string, Stack>();
  for (const manifest of options.apps) {
    if (!wanted(manifest.app)) continue;
    const stack =
      manifest.app === PLATFORM_APP
        ? new PlatformStack(app, PLATFORM_STACK_NAME, { bridge: manifest, config, env })
        : new AppStack(app, stackNameOf(manifest.app), { manifest, config, env });
    stacks.set(manifest.app, stack);
  }
  if (options.nag !== false) applyNagPacks(app);
  return { app, stacks };
};
