import { build } from 'esbuild';

import { lambdaBundleOptions, type SdkMode } from './esbuild-options';
import { sdkModulesOf } from './sdk-modules-of';

/** One built bundle: where it is, its size, and the AWS SDK packages it leaves to the runtime. */
export interface BuiltBundle {
  readonly file: string;
  readonly bytes: number;
  readonly sdkModules: readonly string[];
}

/**
 * Bundles a module (a handler's TypeScript entry, or a baseline's source) as the Lambda function
 * would be deployed, into `outfile`.
 *
 * @example
 * await bundleFunction({ entry: '/repo/apps/aircraft/src/handlers/get-aircraft/handler.ts' }, 'external', '/tmp/b/get.mjs');
 */
export const bundleFunction = async (
  input: { readonly entry: string } | { readonly source: string; readonly resolveDir: string },
  sdk: SdkMode,
  outfile: string,
): Promise<BuiltBundle> => {
  const result = await build({
    ...lambdaBundleOptions(sdk),
    ...('entry' in input ? { entryPoints: [input.entry] } : { stdin: { contents: input.source, resolveDir: input.resolveDir, loader: 'js' } }),
    outfile,
    write: true,
  });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  return { file: outfile, bytes: output?.bytes ?? 0, sdkModules: result.metafile ? sdkModulesOf(result.metafile) : [] };
};
