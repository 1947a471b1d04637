// Preloaded by the project's Node scripts (`node --require ./tools/node/import-only-packages.cjs --import tsx …`).
// Some dependencies (@middy/* 7, jose 6) export only the `import` condition, so `require` (our TypeScript runs
// as CommonJS under tsx) cannot resolve them. This retries such a failed resolution with the package's
// `import` entry and lets Node's require(esm) load it — the same rule as tools/jest/resolver.js. It replaces
// `node -C import`, which on Node 22 also changes how tsx serves JSON files and breaks `require('x.json')`
// in packages such as aws-cdk-lib.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const importEntry = (exportsField, subpath) => {
  const entry = exportsField?.[subpath];
  const target = entry?.import ?? entry?.default;
  return typeof target === 'string' ? target : target?.default;
};

const original = Module._resolveFilename;
Module._resolveFilename = function resolveImportOnly(request, parent, isMain, options) {
  try {
    return original.call(this, request, parent, isMain, options);
  } catch (error) {
    if (error?.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' || request.startsWith('.') || path.isAbsolute(request)) throw error;
    const parts = request.split('/');
    const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const subpath = `.${request.slice(name.length)}` || '.';
    for (const dir of Module._nodeModulePaths(path.dirname(parent?.filename ?? process.cwd()))) {
      const manifestPath = path.join(dir, name, 'package.json');
      if (!fs.existsSync(manifestPath)) continue;
      const target = importEntry(JSON.parse(fs.readFileSync(manifestPath, 'utf8')).exports, subpath === '.' ? '.' : subpath);
      if (target) return path.join(dir, name, target);
      break;
    }
    throw error;
  }
};
