import type { Metafile } from 'esbuild';

const SDK_CLIENT = /^@aws-sdk\/[^/]+/;

/**
 * The AWS SDK packages a bundle imports (from an SDK-external build's metafile): what its SDK-only
 * baseline imports, so the comparison isolates the function's own code.
 *
 * @example
 * sdkModulesOf(result.metafile); // ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']
 */
export const sdkModulesOf = (metafile: Metafile): string[] => {
  const modules = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports) {
      const match = imported.external ? SDK_CLIENT.exec(imported.path) : null;
      if (match) modules.add(match[0]);
    }
  }
  return [...modules].sort();
};

/**
 * The source of a baseline module importing only `modules` (namespace imports, so nothing is
 * tree-shaken away: the whole client loads, as the function's own import of it does).
 *
 * @example
 * baselineSource(['@aws-sdk/client-s3']); // "import * as m0 from '@aws-sdk/client-s3';\nexport default [m0];\n"
 */
export const baselineSource = (modules: readonly string[]): string =>
  `${modules.map((name, index) => `import * as m${index} from '${name}';`).join('\n')}\nexport default [${modules.map((_, index) => `m${index}`).join(', ')}];\n`;
