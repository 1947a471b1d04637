#!/usr/bin/env node
// The CLI is TypeScript run through tsx (resolved from here, so the CLI works from any directory). The preload lets
// CommonJS `require` resolve ESM-only packages (@middy/*, jose) through their `import` entry (Node >= 20.19 loads
// them with require(esm)); see tools/node/import-only-packages.cjs.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const main = path.join(__dirname, '..', 'src', 'main.ts');
const child = spawn(process.execPath, ['--require', path.join(__dirname, '..', '..', 'node', 'import-only-packages.cjs'), '--import', pathToFileURL(require.resolve('tsx')).href, main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
