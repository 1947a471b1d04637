import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { workspaceRoot } from '@aircraftops/local-runtime';

const root = workspaceRoot(__dirname);

/** Code that ends up in Lambda bundles. Tests are not bundled and may use zod classic. */
const SCANNED = ['apps', 'libs'];

/** The one module that loads zod's English messages (named import: only `en` is bundled). */
const MESSAGES = 'libs/lambda-kit/src/validation/english-messages.ts';

const ZOD_IMPORT = /(?:import|export)[^;]*?from\s+'(zod[^']*)'/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });

const bundledFiles = SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir)));

const zodImports = bundledFiles.flatMap((file) => {
  const relative = path.relative(root, file);
  return [...readFileSync(file, 'utf8').matchAll(ZOD_IMPORT)].map((match) => ({ file: relative, statement: match[0], module: match[1] as string }));
});

describe('one zod import (bundle weight, issue 7)', () => {
  it('finds the platform’s schema imports', () => {
    expect(zodImports.length).toBeGreaterThan(10);
  });

  it('bundled code imports zod/mini as a namespace (or zod/v4/core types), never zod classic and never a re-exported z', () => {
    const offenders = zodImports.filter(({ file, statement, module }) => {
      if (file === MESSAGES) return false;
      if (module === 'zod/v4/core') return false;
      const namespace = /^import (type )?\* as z from 'zod\/mini'$/.test(statement);
      // Named imports of single functions are fine; the `z` object itself is the namespace in disguise.
      const named = /^import (type )?\{([^}]*)\} from 'zod\/mini'$/.exec(statement);
      const namesZ = named !== null && /(^|[\s,])z(\s*(,|$))/.test(named[2] as string);
      return module !== 'zod/mini' || !(namespace || (named !== null && !namesZ));
    });

    expect(offenders).toEqual([]);
  });

  it('no module re-exports a `z` namespace object (it would keep every validator and locale)', () => {
    const reExports = bundledFiles
      .filter((file) => /export\s*\{[^}]*\bz\b[^}]*\}/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));

    expect(reExports).toEqual([]);
  });
});
