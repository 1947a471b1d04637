import { accessCheckOf, localResourceNames } from '@aircraftops/declarations';
import { runInFunctionScope } from '@aircraftops/lambda-kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AircraftRegistered } from '@aircraftops/events';

import { contractEvent, uniqueId } from './__fixtures__/events.fixtures.test';
import { toAuditRecord } from './domain';
import { manifest } from './manifest';
import { ANALYTICS_STREAM_ENV, analyticsSinkFromEnv, exportStatusFromEnv } from './wiring';

const exporter = manifest.functions.find((fn) => fn.name === 'audit-export-analytics')!;
const names = localResourceNames({ region: 'us-east-1' });
const record = () => toAuditRecord(contractEvent(AircraftRegistered, { eventId: uniqueId('evt'), entity: { type: 'Aircraft', id: 'N1', version: 1 } }), new Date());
const base = { AIRCRAFTOPS_AUDIT_TABLE: 'AuditEventsTable', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };

describe('analyticsSinkFromEnv', () => {
  it('names both variables when the environment has neither', () => {
    runInFunctionScope({ name: exporter.name, env: base }, () => {
      expect(() => analyticsSinkFromEnv()).toThrow(`set AIRCRAFTOPS_DATA_DIR (local) or ${ANALYTICS_STREAM_ENV} (the delivery stream)`);
    });
  });

  it('writes files under the data folder when there is one', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'audit-wiring-'));
    try {
      await runInFunctionScope({ name: exporter.name, env: { ...base, AIRCRAFTOPS_DATA_DIR: dataDir } }, async () => {
        await analyticsSinkFromEnv().putAll([record()]);
        await expect(exportStatusFromEnv().lastExport()).resolves.toMatchObject({ eventId: expect.any(String) });
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('puts into the named stream through the guarded client: a stream the function does not declare is denied, as IAM would', async () => {
    const env = { ...base, [ANALYTICS_STREAM_ENV]: 'someone-elses-stream' };

    await runInFunctionScope({ name: exporter.name, env, checkAccess: accessCheckOf(exporter, names) }, async () => {
      await expect(analyticsSinkFromEnv().putAll([record()])).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('firehose:PutRecordBatch on resource: arn:aws:firehose:us-east-1:123456789012:deliverystream/someone-elses-stream'),
      });
    });
  });
});

describe('exportStatusFromEnv', () => {
  it('says why the last export is unavailable in the cloud (Firehose keeps no status the function could read)', async () => {
    await runInFunctionScope({ name: 'audit-get-audit-health', env: base }, async () => {
      await expect(exportStatusFromEnv().lastExport()).resolves.toEqual({ available: false, reason: expect.stringContaining('DeliveryToS3.DataFreshness') });
    });
  });
});
