import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { AppManifest } from '@aircraftops/declarations';
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

import type { AppStack } from '../app-stack/app-stack';
import type { DeclaredApp } from '../app-stack/declared-app';
import { buildCloudApp } from '../build-cloud-app';
import { loadPlatformApps } from '../load-platform-apps';
import { PlatformStack } from '../platform/platform-stack';
import type { CfnTemplate } from '../verify/template-index';

export interface SynthesizedStack {
  readonly manifest: AppManifest;
  readonly stack: Stack;
  readonly declared: DeclaredApp;
  readonly template: Template;
  readonly json: CfnTemplate;
}

export interface Synthesized {
  readonly apps: readonly AppManifest[];
  readonly stacks: readonly SynthesizedStack[];
  readonly byApp: (app: string) => SynthesizedStack;
  /** Removes the temporary cloud assembly. */
  readonly dispose: () => void;
}

/**
 * Synthesises the named apps' stacks (all when omitted) once, with bundling skipped so that a template
 * test takes seconds; cdk-nag is left to the nag test, which runs the packs on the construct tree.
 * @example
 * const synthesized = synthesizeForTest(['audit']); afterAll(synthesized.dispose);
 */
export const synthesizeForTest = (only?: readonly string[], context: Record<string, unknown> = {}): Synthesized => {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'aircraftops-cdk-test-'));
  const apps = loadPlatformApps();
  const { app, stacks } = buildCloudApp({
    apps,
    ...(only ? { only } : {}),
    outdir,
    nag: false,
    context: { 'aws:cdk:bundling-stacks': [], ...context },
  });
  const assembly = app.synth();
  const synthesized = [...stacks.entries()].map(([name, stack]): SynthesizedStack => {
    const json = assembly.getStackByName(stack.stackName).template as CfnTemplate;
    const declared = stack instanceof PlatformStack ? stack.bridge : (stack as AppStack).declared;
    return { manifest: apps.find((manifest) => manifest.app === name) as AppManifest, stack, declared, template: Template.fromJSON(json as Record<string, unknown>), json };
  });
  return {
    apps,
    stacks: synthesized,
    byApp: (name) => {
      const found = synthesized.find((entry) => entry.manifest.app === name);
      if (!found) throw new Error(`No stack for app ${name}`);
      return found;
    },
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
};
