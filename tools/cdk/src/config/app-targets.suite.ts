import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Synthesized } from '../test-support/synthesize-for-test';
import { stackNameOf } from './stack-names';
import { WORKSPACE_ROOT } from './workspace-root';

interface AppPackage {
  readonly scripts?: Record<string, string>;
  readonly nx?: { readonly implicitDependencies?: readonly string[] };
}

/** Every app project has `synth`/`deploy` for its own stack, and depends on the generator (see docs/deploy.md). */
export const appTargetsSuite = (synthesized: Synthesized): void => {
  describe('Nx targets of the app projects', () => {
    it.each(synthesized.apps.map((manifest) => [manifest.app] as const))('%s: synth and deploy its own stack only; a generator change affects it', (app) => {
      const pkg = JSON.parse(readFileSync(path.join(WORKSPACE_ROOT, 'apps', app, 'package.json'), 'utf8')) as AppPackage;
      expect(pkg.scripts?.['synth']).toMatch(new RegExp(`tools/cdk/src/main\\.ts --app ${app} `));
      expect(pkg.scripts?.['deploy']).toMatch(new RegExp(`--app ${app}' .* ${stackNameOf(app)}$`));
      expect(pkg.nx?.implicitDependencies).toContain('@aircraftops/cdk');
    });
  });
};
