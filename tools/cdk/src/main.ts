import path from 'node:path';

import { buildCloudApp } from './build-cloud-app';
import { WORKSPACE_ROOT } from './config/workspace-root';
import { loadPlatformApps } from './load-platform-apps';
import { declarationsInTemplateProblems } from './verify/declarations-in-template';
import type { CfnTemplate } from './verify/template-index';

/**
 * The CDK app. `node --require ./tools/node/import-only-packages.cjs --import tsx tools/cdk/src/main.ts [--app <name>]… [--outdir <dir>] [--skip-bundling]`
 * synthesises every stack (or the named apps' stacks) offline; the CDK CLI runs the same command for
 * `cdk deploy` (see docs/deploy.md).
 */
const argv = process.argv.slice(2);
const valuesOf = (flag: string): string[] => argv.flatMap((arg, index) => (arg === flag && argv[index + 1] ? [argv[index + 1] as string] : []));

const only = valuesOf('--app');
const outdir = process.env['CDK_OUTDIR'] ?? path.resolve(valuesOf('--outdir')[0] ?? path.join(WORKSPACE_ROOT, 'cdk.out'));
const started = Date.now();
// --skip-bundling: templates only (assets are placeholders), for a quick look at what a change generates.
const context = argv.includes('--skip-bundling') ? { 'aws:cdk:bundling-stacks': [] } : undefined;
const apps = loadPlatformApps();
const { app, stacks } = buildCloudApp({ apps, ...(only.length > 0 ? { only } : {}), outdir, ...(context ? { context } : {}) });
const assembly = app.synth();
// The same declarations ⇔ template check as the unit tests, so an app's own `synth` target proves it too.
const problems = [...stacks.entries()].flatMap(([name, stack]) =>
  declarationsInTemplateProblems(apps.find((manifest) => manifest.app === name) as (typeof apps)[number], assembly.getStackByName(stack.stackName).template as CfnTemplate).map(
    (problem) => `${stack.stackName}: ${problem}`,
  ),
);
if (problems.length > 0) {
  console.error(`The templates do not match the declarations:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (!process.env['CDK_OUTDIR']) {
  const names = [...stacks.values()].map((stack) => stack.stackName).join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Synthesised ${stacks.size} stack(s) into ${path.relative(process.cwd(), outdir) || '.'} in ${seconds} s: ${names}`);
  console.log('cdk-nag (AwsSolutions, Serverless): no unacknowledged finding; templates match the declarations');
}
