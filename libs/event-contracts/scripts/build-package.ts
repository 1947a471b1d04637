/**
 * `npx nx run @aircraftops/event-contracts:build`: the publishable package in `dist/` — ESM and CommonJS
 * bundles of the contracts (zod is a peer dependency, nothing of the apps inside), type declarations,
 * the JSON Schemas, and a manifest whose exports point at them. Publish with `npm publish dist`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildSync } from 'esbuild';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const format of ['esm', 'cjs'] as const) {
  buildSync({
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile: path.join(dist, format === 'esm' ? 'index.mjs' : 'index.cjs'),
    bundle: true,
    format,
    platform: 'neutral',
    target: 'es2022',
    external: ['zod', 'zod/*'],
    sourcemap: true,
    logLevel: 'warning',
  });
}
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
cpSync(path.join(root, 'schemas'), path.join(dist, 'schemas'), { recursive: true });
writeFileSync(
  path.join(dist, 'package.json'),
  `${JSON.stringify(
    {
      name: manifest['name'],
      version: manifest['version'],
      description: manifest['description'],
      license: manifest['license'],
      sideEffects: false,
      type: 'module',
      main: './index.cjs',
      module: './index.mjs',
      types: './types/index.d.ts',
      exports: {
        '.': { types: './types/index.d.ts', import: './index.mjs', require: './index.cjs' },
        './schemas/*': './schemas/*',
      },
      peerDependencies: manifest['peerDependencies'],
    },
    null,
    2,
  )}\n`,
);
console.log(`built ${path.relative(process.cwd(), dist)}`);
