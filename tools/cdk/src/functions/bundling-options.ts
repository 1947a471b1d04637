import path from 'node:path';

import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

import { WORKSPACE_ROOT } from '../config/workspace-root';

/** esbuild's ESM output needs `require` for the CommonJS packages it bundles (toolchain notes). */
export const CREATE_REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * How every function is bundled: the workspace's own esbuild (never Docker), one ESM file per function
 * with the AWS SDK inside (it imports faster bundled than from the runtime's copy), minified, with a
 * source map that `NODE_OPTIONS=--enable-source-maps` applies to stack traces.
 * @example
 * new NodejsFunction(this, 'Fn', { entry, bundling: BUNDLING_OPTIONS });
 */
export const BUNDLING_OPTIONS: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  mainFields: ['module', 'main'],
  banner: CREATE_REQUIRE_BANNER,
  // Nothing external: the AWS SDK v3 is bundled rather than taken from the Lambda runtime.
  externalModules: [],
  bundleAwsSDK: true,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  tsconfig: path.join(WORKSPACE_ROOT, 'tsconfig.base.json'),
  // ESM-only packages (@middy) publish only the `import` condition.
  esbuildArgs: { '--conditions': 'import,node' },
};
