import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { aircraftKeys, createItem, jobRowErrorKeys } from '@aircraftops/tables';

import { aircraftInput, startWithProbe, usePlatformHome, waitForAsync } from './platform.fixtures.test';

const RETENTION_SECONDS = 5;

// Its own file: Jest gives each file a fresh module registry, as a new process gives a Lambda a cold start.
describe('TTL on the local platform (the runtime expires items DynamoDB Local 2.6.1 would keep)', () => {
  const { home, track } = usePlatformHome();

  it('purges a soft-deleted aircraft after its retention: AircraftPurged{reason:"ttl"} reaches the audit trail', async () => {
    const { platform, Aircraft, documentClient } = await startWithProbe(home(), undefined, track, {}, undefined, {
      softDeleteRetentionSeconds: RETENTION_SECONDS,
    });
    const nNumber = '777TT';
    const admin = await platform.issuer.issue({ sub: 'ttl-test', role: 'admin' });
    const headers = { authorization: `Bearer ${admin}` };
    await createItem(Aircraft, aircraftInput(nNumber), { actor: { type: 'service', id: 'test' }, correlationId: 'c-ttl' });

    // The real delete function, with the platform's 5 s retention as its declared setting.
    const deleted = await fetch(`${platform.gateway.url}/aircraft/${nNumber}`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
    const key = aircraftKeys.primary(nNumber);
    const { Item: softDeleted } = await documentClient.send(new GetCommand({ TableName: platform.config.tableNames.CoreTable, Key: key }));
    expect(softDeleted?.['delete_at']).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + RETENTION_SECONDS);

    const purgedInTrail = async (): Promise<boolean> => {
      const response = await fetch(`${platform.gateway.url}/audit/entities/Aircraft/${nNumber}`, { headers });
      const text = await response.text();
      return response.ok && /AircraftPurged/.test(text) && /"reason":"ttl"/.test(text);
    };
    await waitForAsync(purgedInTrail, 'AircraftPurged{reason:"ttl"} in the audit trail', 60_000);
    const { Item: gone } = await documentClient.send(new GetCommand({ TableName: platform.config.tableNames.CoreTable, Key: key }));
    expect(gone).toBeUndefined();
  }, 90_000);

  it('deletes expired job row errors (items without the GSI keys) within seconds', async () => {
    const { platform, documentClient } = await startWithProbe(home(), undefined, track);
    const TableName = platform.config.tableNames.JobsTable;
    const key = jobRowErrorKeys.primary('job-ttl', 0, 42, 'YEAR MFR');
    const now = Math.floor(Date.now() / 1000);
    await documentClient.send(new PutCommand({ TableName, Item: { ...key, _et: 'JobRowError', jobId: 'job-ttl', reason: 'x', ttl: now - 1 } }));
    const kept = jobRowErrorKeys.primary('job-ttl', 0, 43, 'YEAR MFR');
    await documentClient.send(new PutCommand({ TableName, Item: { ...kept, _et: 'JobRowError', jobId: 'job-ttl', reason: 'x', ttl: now + 3600 } }));

    await waitForAsync(async () => (await documentClient.send(new GetCommand({ TableName, Key: key }))).Item === undefined, 'the expired row error to be deleted', 20_000);
    expect((await documentClient.send(new GetCommand({ TableName, Key: kept }))).Item).toBeDefined();
  }, 60_000);
});
