import type { Metafile } from 'esbuild';

import { baselineSource, sdkModulesOf } from './sdk-modules-of';

const metafileImporting = (...imports: Metafile['inputs'][string]['imports']): Metafile => ({
  inputs: { 'handler.ts': { bytes: 1, imports }, 'other.ts': { bytes: 1, imports: [] } },
  outputs: {},
});

describe('sdkModulesOf', () => {
  it('lists each external AWS SDK package once, by package, whatever subpath was imported', () => {
    const metafile = metafileImporting(
      { path: '@aws-sdk/lib-dynamodb', kind: 'import-statement', external: true },
      { path: '@aws-sdk/client-dynamodb/dist-es/index.js', kind: 'import-statement', external: true },
      { path: '@aws-sdk/lib-dynamodb', kind: 'require-call', external: true },
    );

    expect(sdkModulesOf(metafile)).toEqual(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']);
  });

  it('ignores bundled SDK code, node built-ins and other externals', () => {
    const metafile = metafileImporting(
      { path: 'node_modules/@aws-sdk/client-s3/dist-es/index.js', kind: 'import-statement' },
      { path: 'node:crypto', kind: 'import-statement', external: true },
      { path: '@smithy/smithy-client', kind: 'import-statement', external: true },
    );

    expect(sdkModulesOf(metafile)).toEqual([]);
  });
});

describe('baselineSource', () => {
  it('imports every client whole, so nothing is shaken out of the baseline', () => {
    expect(baselineSource(['@aws-sdk/client-s3', '@aws-sdk/lib-dynamodb'])).toBe(
      "import * as m0 from '@aws-sdk/client-s3';\nimport * as m1 from '@aws-sdk/lib-dynamodb';\nexport default [m0, m1];\n",
    );
  });
});
