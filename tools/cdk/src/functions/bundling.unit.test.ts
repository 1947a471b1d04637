import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { App, Stack } from 'aws-cdk-lib';

import type { PlatformReferences } from '../config/platform-references';
import { loadPlatformApps } from '../load-platform-apps';
import { CREATE_REQUIRE_BANNER } from './bundling-options';
import { DeclaredFunction } from './declared-function';

const platform: PlatformReferences = {
  names: {
    partition: 'aws',
    region: 'us-east-1',
    account: '123456789012',
    tables: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' },
    busName: 'aircraftops',
    buckets: { datasets: 'datasets' },
  },
  tableStreamArns: { CoreTable: 'arn:s/core', JobsTable: 'arn:s/jobs', AuditEventsTable: 'arn:s/audit' },
  busArn: 'arn:aws:events:us-east-1:123456789012:event-bus/aircraftops',
  dataKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
  jwtIssuerUrl: 'https://issuer',
  userPoolClientId: 'client',
};

// The one real bundle of the suite (the template tests skip bundling): a small audit query handler.
describe('bundling one function for real, with the local esbuild', () => {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'aircraftops-cdk-bundle-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('produces a minified ESM bundle with the createRequire banner, a source map and the AWS SDK inside', () => {
    const audit = loadPlatformApps().find((manifest) => manifest.app === 'audit');
    const declaration = audit?.functions.find((fn) => fn.trigger.kind === 'http');
    if (!audit || !declaration) throw new Error('audit declares an HTTP function');
    const app = new App({ outdir });
    const stack = new Stack(app, 'BundleTest', { env: { account: '123456789012', region: 'us-east-1' } });
    new DeclaredFunction(stack, 'Fn', { app: 'audit', declaration, platform, logRetentionDays: 1, corsOrigins: [] });
    app.synth();

    const assetDirs = readdirSync(outdir).filter((entry) => entry.startsWith('asset.'));
    expect(assetDirs).toHaveLength(1);
    const dir = path.join(outdir, assetDirs[0] as string);
    const code = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
    expect(code.startsWith(CREATE_REQUIRE_BANNER)).toBe(true);
    expect(existsSync(path.join(dir, 'index.mjs.map'))).toBe(true);
    // Bundled, not imported from the runtime: no bare import of an AWS SDK package remains.
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).toMatch(/DynamoDB/);
    // Minified: long lines (only template literals keep their line breaks), not a readable file.
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
  });
});
