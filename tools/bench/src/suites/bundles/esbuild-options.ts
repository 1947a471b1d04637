import type { BuildOptions } from 'esbuild';

/** How a function is deployed: bundled from its TypeScript entry, minified ESM for the Node 22 runtime. */
export type SdkMode = 'external' | 'bundled';

// ESM bundles of CommonJS dependencies call `require`; recreate it (../shared/design/toolchain-notes.md).
const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * The esbuild options of a Lambda bundle: minified ESM, platform node, target node22, with the AWS SDK
 * v3 left to the runtime (`external`, as the Lambda Node 22 runtime provides it) or bundled in.
 *
 * @example
 * await build({ ...lambdaBundleOptions('external'), entryPoints: [entry], outfile });
 */
export const lambdaBundleOptions = (sdk: SdkMode): BuildOptions => ({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  banner: { js: REQUIRE_BANNER },
  metafile: true,
  logLevel: 'silent',
  // `@smithy/*` and `@aws-crypto/*` ship with the SDK in the runtime, so they are external with it.
  external: sdk === 'external' ? ['@aws-sdk/*', '@smithy/*', '@aws-crypto/*'] : [],
});
