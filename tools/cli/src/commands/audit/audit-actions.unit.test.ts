import type { CommandIo } from '../../support/command-io';
import { auditListAction, auditStatusAction, auditVerifyAction } from './audit-actions';
import type { AuditApiClient, AuditPageJson, HealthJson, VerificationJson } from './audit-api-client';

const captured = (): CommandIo & { out: string[] } => {
  const out: string[] = [];
  return { out, stdout: (text) => out.push(text), stderr: () => undefined };
};

const page: AuditPageJson = {
  items: [
    {
      eventId: 'evt-2',
      occurredAt: '2025-11-21T10:00:00.000Z',
      recordedAt: '2025-11-21T10:00:01.000Z',
      detailType: 'AircraftUpdated',
      source: 'aircraftops.aircraft',
      entity: { type: 'Aircraft', id: '511CR', version: 2 },
      actor: { type: 'user', id: 'alice' },
      correlationId: 'req-1',
      changes: { statusCode: { old: 'V', new: 'D' } },
      expiresAt: '2032-11-21T10:00:00.000Z',
    },
  ],
  nextToken: 'abc',
};

describe('aircraftops audit', () => {
  it('prints a page for people: who, what changed old → new, the correlation id, and the next page', async () => {
    const io = captured();
    const calls: unknown[] = [];
    const api = { trail: async (...args: unknown[]) => (calls.push(args), page) } as unknown as AuditApiClient;

    await auditListAction((client, params) => client.trail('Aircraft', '511CR', params), { limit: '10' }, io, async () => api);

    const text = io.out.join('');
    expect(calls).toEqual([['Aircraft', '511CR', { limit: 10, nextToken: undefined, from: undefined, to: undefined, day: undefined }]]);
    expect(text).toContain('user:alice');
    expect(text).toContain('statusCode: "V" → "D"');
    expect(text).toContain('req-1');
    expect(text).toContain('More: --next-token abc');
  });

  it('prints the page as JSON with --json', async () => {
    const io = captured();
    const api = { trail: async () => page } as unknown as AuditApiClient;

    await auditListAction((client, params) => client.trail('Aircraft', '511CR', params), { json: true }, io, async () => api);

    expect(JSON.parse(io.out.join(''))).toEqual(page);
  });

  it('names the first problem of a tampered trail and exits 1', async () => {
    const io = captured();
    const verdict: VerificationJson = {
      entity: { type: 'Aircraft', id: '511CR' },
      status: 'tampered',
      records: 2,
      chainLength: 3,
      expired: [],
      firstProblem: { problem: 'removed', seq: 3, eventId: 'evt-3', reason: 'record 3 is missing' },
    };
    const api = { verify: async () => verdict } as unknown as AuditApiClient;

    await auditVerifyAction('Aircraft', '511CR', {}, io, async () => api);

    expect(io.out.join('')).toBe('Aircraft 511CR: TAMPERED (2 records read, chain of 3)\n  first problem: removed at #3 (event evt-3): record 3 is missing\n');
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
  });

  it('completes the API health with the runtime view: export lag, recorder queue and DLQ depth', async () => {
    const io = captured();
    const health: HealthJson = {
      checkedAt: '2025-11-21T10:00:00.000Z',
      recordsLastHour: 42,
      lastExport: { at: '2025-11-21T09:59:58.000Z', eventId: 'evt-9', ageSeconds: 2 },
      consumerLag: { available: false, reason: 'not readable' },
      dlqDepth: { available: false, reason: 'not readable' },
    };
    const runtime = { recorder: { waiting: 3, inFlight: 1, deadLetters: 0 }, export: { iteratorAgeMs: 1500, onFailureDepth: 0 } };
    const api = { health: async () => health } as unknown as AuditApiClient;

    await auditStatusAction({}, io, async () => api, async () => runtime);
    const json = captured();
    await auditStatusAction({ json: true }, json, async () => api, async () => runtime);

    const text = io.out.join('');
    expect(text).toMatch(/Records in the last hour\s*│ 42/);
    expect(text).toMatch(/Export lag \(iterator age\)\s*│ 1\.5 s/);
    expect(text).toMatch(/Recorder queue \(waiting \/ in flight\)\s*│ 3 \/ 1/);
    expect(JSON.parse(json.out.join(''))).toEqual({ ...health, runtime });
  });
});
