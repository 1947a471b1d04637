import { InvalidKeyError } from '../errors';
import { auditEventIndexKeys } from './audit-index-keys';
import { auditEventKeys } from './audit-keys';
import { auditQueries } from './audit-queries';
import { escapeKeyPart, unescapeKeyPart } from './escape-key-part';
import { ingestionJobIndexKeys, scheduleIndexKeys } from './jobs-index-keys';
import { jobCheckpointKeys, jobRowErrorKeys } from './jobs-keys';
import { jobsQueries } from './jobs-queries';

const at = '2025-03-01T10:00:00.000Z';

describe('JobsTable keys', () => {
  it('sort row errors by zero-padded file index and line, then field', () => {
    expect(jobRowErrorKeys.primary('j1', 3, 42, 'YEAR#MFR')).toEqual({ PK: 'JOB#j1', SK: 'ERROR#03#0000000042#YEAR%23MFR' });
    expect(() => jobRowErrorKeys.primary('j1', 100, 1, 'f')).toThrow('fileIndex must be an integer from 0 to 99');
    expect(() => jobRowErrorKeys.primary('j1', 0, 1.5, 'f')).toThrow('line must be an integer');
  });

  it('key checkpoints per file', () => {
    expect(jobCheckpointKeys.primary('j1', 1)).toEqual({ PK: 'JOB#j1', SK: 'CHECKPOINT#01' });
  });

  it('index jobs by status and creation time, rejecting unknown statuses', () => {
    expect(ingestionJobIndexKeys({ jobId: 'j1', status: 'RUNNING', createdAt: at })).toEqual({
      GSI1PK: 'JOBSTATUS#RUNNING',
      GSI1SK: `${at}#j1`,
    });
    expect(() => jobsQueries.jobsByStatus('DONE')).toThrow('status must be one of QUEUED, RUNNING');
  });

  it('index only enabled schedules with a next run', () => {
    expect(scheduleIndexKeys({ scheduleId: 's1', enabled: true, nextRunAt: at })).toEqual({ GSI1PK: 'SCHEDULES', GSI1SK: `${at}#s1` });
    expect(scheduleIndexKeys({ scheduleId: 's1', enabled: false, nextRunAt: at })).toEqual({});
    expect(scheduleIndexKeys({ scheduleId: 's1', enabled: true })).toEqual({});
  });

  it('accept only the canonical ISO instant in sort keys, which is the one that sorts', () => {
    expect(() => jobsQueries.dueSchedules('2025-03-01T10:00:00Z')).toThrow(InvalidKeyError);
    expect(jobsQueries.dueSchedules(at).range).toEqual({ lte: `${at}#\uffff` });
  });
});

describe('AuditEventsTable keys', () => {
  const event = {
    eventId: 'e1',
    occurredAt: at,
    detailType: 'AircraftUpdated',
    correlationId: 'c#1',
    actor: { type: 'user', id: 'alice#x' },
  };

  it('escape free-text ids in every partition', () => {
    expect(auditEventKeys.primary('Aircraft', 'N#1', at, 'e1')).toEqual({ PK: 'ENTITY#Aircraft#N%231', SK: `EVENT#${at}#e1` });
    expect(auditEventIndexKeys(event)).toEqual({
      GSI1PK: 'ACTOR#user#alice%23x',
      GSI1SK: `${at}#e1`,
      GSI2PK: 'TYPE#AircraftUpdated#2025-03-01',
      GSI2SK: `${at}#e1`,
      GSI3PK: 'CORRELATION#c%231',
      GSI3SK: `${at}#e1`,
    });
  });

  it('reject actor types and detail-types outside their vocabularies', () => {
    expect(() => auditEventIndexKeys({ ...event, actor: { type: 'robot', id: 'x' } })).toThrow('actor.type must be one of user, service');
    expect(() => auditEventIndexKeys({ ...event, detailType: 'aircraft#updated' })).toThrow('detailType must match');
  });

  it('reject an entity id that makes the partition key longer than 2048 bytes', () => {
    expect(() => auditEventKeys.entityPartition('Aircraft', '€'.repeat(700))).toThrow(
      'entity.id makes a partition key of 2116 bytes (UTF-8); DynamoDB allows at most 2048',
    );
  });

  it('turn time bounds into inclusive sort-key ranges', () => {
    expect(auditQueries.byActor('service', 'ingestion', { from: at, to: at })).toEqual({
      index: 'GSI1',
      partition: 'ACTOR#service#ingestion',
      range: { between: [at, `${at}#\uffff`] },
      tableKeyPrefixes: { partition: 'ENTITY#', sort: 'EVENT#' },
    });
    expect(auditQueries.trailOfEntity('Aircraft', '1')).toEqual({ partition: 'ENTITY#Aircraft#1', range: { beginsWith: 'EVENT#' } });
    expect(auditQueries.trailOfEntity('Aircraft', '1', { from: at }).range).toEqual({ gte: `EVENT#${at}` });
  });
});

describe('escapeKeyPart', () => {
  it('round-trips and never leaves a delimiter', () => {
    const text = '%23 # %% ##';
    expect(escapeKeyPart(text)).not.toContain('#');
    expect(unescapeKeyPart(escapeKeyPart(text))).toBe(text);
  });
});
