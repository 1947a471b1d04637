import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { platformApps } from '@aircraftops/platform';

import type { BenchOptions } from '../../cli';
import type { Figure, SuiteReport } from '../../report';
import type { SuiteContext } from '../suite-context';
import { bundleFunction } from './bundle-function';
import type { SdkMode } from './esbuild-options';
import { functionEnvironment } from './function-environment';
import { compareImports, type ImportComparison } from './measure-import';
import { baselineSource } from './sdk-modules-of';

/** The budget of a function's bundle with the SDK left to the runtime (issue 7). */
const MAX_EXTERNAL_KB = 150;
const IMPORT_PAIRS = 5;
const REPO = path.resolve(__dirname, '../../../../..');
// Inside node_modules, so an SDK-external bundle resolves `@aws-sdk/*` as it would in the runtime.
const OUT_DIR = path.join(REPO, 'node_modules/.cache/aircraftops-bench/bundles');

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * `npm run bench -- bundles`: every declared function (from `platformApps`) bundled as it is deployed
 * (esbuild, minified ESM, platform node, target node22), once with the AWS SDK external and once
 * bundled, with its size and its import time in a fresh `node` against a baseline bundle that imports
 * only the same AWS SDK clients. Needs no database: nothing runs but module-scope code.
 *
 * @example
 * const report = await runBundlesSuite(options, { cleanups, progress });
 */
export const runBundlesSuite = async (_options: BenchOptions, context: SuiteContext): Promise<SuiteReport> => {
  const started = performance.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  // The bundles stay after the run, for a look with esbuild's analyzer; the next run replaces them.
  await mkdir(OUT_DIR, { recursive: true });

  // One baseline bundle per SDK set and mode, built once; it is measured again beside every function.
  const baselines = new Map<string, string>();
  const baselineOf = async (modules: readonly string[], sdk: SdkMode): Promise<string> => {
    const key = `${sdk}:${modules.join(',')}`;
    const known = baselines.get(key);
    if (known !== undefined) return known;
    const file = path.join(OUT_DIR, `baseline-${baselines.size}-${sdk}.mjs`);
    await bundleFunction({ source: baselineSource(modules), resolveDir: REPO }, sdk, file);
    baselines.set(key, file);
    return file;
  };

  const figures: Figure[] = [];
  const notes: string[] = [];
  const rows: string[] = [];
  for (const app of platformApps) {
    for (const fn of app.functions) {
      context.progress(`bundles: ${fn.name}`);
      const env = functionEnvironment(app.app, fn);
      const built = { external: 0, bundled: 0 };
      const timing: Partial<Record<SdkMode, ImportComparison>> = {};
      let sdkModules: readonly string[] = [];
      for (const sdk of ['external', 'bundled'] as const) {
        const bundle = await bundleFunction({ entry: fn.handler.module }, sdk, path.join(OUT_DIR, `${fn.name}-${sdk}.mjs`));
        if (sdk === 'external') sdkModules = bundle.sdkModules;
        built[sdk] = bundle.bytes;
        const baseline = { file: await baselineOf(sdkModules, sdk), env: { AWS_REGION: env['AWS_REGION'] as string } };
        timing[sdk] = await compareImports({ file: bundle.file, env }, baseline, IMPORT_PAIRS);
      }
      const external = timing.external as ImportComparison;
      const bundled = timing.bundled as ImportComparison;
      figures.push({
        key: `${fn.name}.externalKb`,
        label: `${fn.name}: bundle, SDK external`,
        value: kb(built.external),
        unit: 'KB',
        target: { comparison: 'below', limit: MAX_EXTERNAL_KB },
        detail: `SDK bundled: ${kb(built.bundled)} KB; SDK clients: ${sdkModules.join(', ') || 'none'}`,
      });
      figures.push({
        key: `${fn.name}.importRatio`,
        label: `${fn.name}: import time / SDK-only baseline`,
        value: round(external.ratio, 2),
        unit: '×',
        detail: `SDK external ${round(external.ms, 1)} / ${round(external.baselineMs, 1)} ms; SDK bundled ${round(bundled.ms, 1)} / ${round(bundled.baselineMs, 1)} ms = ${round(bundled.ratio, 2)}×`,
      });
      rows.push(
        [fn.name.padEnd(34), kb(built.external).toFixed(1).padStart(7), kb(built.bundled).toFixed(1).padStart(8), external.ratio.toFixed(2).padStart(7), bundled.ratio.toFixed(2).padStart(7)].join(' '),
      );
    }
  }
  notes.push(
    `summary (KB minified; import ratio = median over ${IMPORT_PAIRS} alternating pairs of fresh-node imports: the function's bundle / a bundle importing only its SDK clients):`,
    `${'function'.padEnd(34)} ${'ext KB'.padStart(7)} ${'bund KB'.padStart(8)} ${'ext ×'.padStart(7)} ${'bund ×'.padStart(7)}`,
    ...rows,
  );
  return {
    suite: 'bundles',
    title: 'Lambda bundle size and module import time per declared function',
    parameters: { format: 'esm', platform: 'node', target: 'node22', minify: true, importPairs: IMPORT_PAIRS },
    figures,
    notes,
    durationMs: performance.now() - started,
  };
};
