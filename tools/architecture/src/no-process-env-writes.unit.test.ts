import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { workspaceRoot } from '@aircraftops/local-runtime';

const root = workspaceRoot(__dirname);

/** Where functions and what builds them live. Tests may set their own process's variables. */
const SCANNED = ['apps', 'libs', 'tools/local-runtime'];

// An assignment to, deletion of, or Object.assign into process.env (any property syntax).
const WRITE = /process\.env(\.[A-Za-z_$][\w$]*|\[[^\]]+\])\s*(=(?!=)|\?\?=|\|\|=)|delete\s+process\.env|Object\.assign\(\s*process\.env/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });

describe('function environments', () => {
  it('no source file under apps/, libs/ or tools/local-runtime sets process.env (each function gets its own environment)', () => {
    const offenders = SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir)))
      .map((file) => path.relative(root, file))
      .filter((file) => WRITE.test(readFileSync(path.join(root, file), 'utf8')));

    expect(offenders).toEqual([]);
  });

  it('recognises the ways of writing process.env', () => {
    for (const line of ["process.env['A'] = 'x';", 'process.env.A ??= "x";', 'Object.assign(process.env, env);', "delete process.env['A'];"]) {
      expect(WRITE.test(line)).toBe(true);
    }
    for (const line of ["const a = process.env['A'] === 'x';", "const env = process.env['A'] ?? 'x';"]) expect(WRITE.test(line)).toBe(false);
  });
});
