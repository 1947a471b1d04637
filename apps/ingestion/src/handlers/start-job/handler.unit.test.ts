import { call, claimsOf, fakeDeps } from '../shared/handler-kit.fixtures.test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalDatasetStore } from '../../adapters/datasets/local-dataset-store';
import { createStartJobHandler } from './handler';

const MASTER_HEADER = '\uFEFFN-NUMBER,SERIAL NUMBER,MFR MDL CODE';
const setup = () => {
  const { deps, jobs } = fakeDeps({ 'uploads/MASTER.txt': `${MASTER_HEADER}\r\n`, 'uploads/notes.txt': 'hello\r\n' });
  return { handler: createStartJobHandler(() => deps), jobs };
};
const post = (body: unknown, role: string | null = 'operator') => ({
  method: 'POST',
  path: '/ingestion/jobs',
  body,
  headers: { 'x-correlation-id': 'corr-42' },
  ...(role ? { claims: claimsOf(role) } : {}),
});

describe('POST /ingestion/jobs', () => {
  it('queues a job started by the caller and answers 202 with it', async () => {
    const { handler, jobs } = setup();

    const response = await call(handler, post({ files: [{ key: 'uploads/MASTER.txt', kind: 'MASTER' }] }));

    expect(response.statusCode).toBe(202);
    expect(response.json).toMatchObject({
      status: 'QUEUED',
      startedBy: { type: 'user', id: 'alice' },
      correlationId: 'corr-42',
      dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'uploads/MASTER.txt', bytes: Buffer.byteLength(`${MASTER_HEADER}\r\n`) }] },
    });
    expect(response.headers?.['location']).toBe(`/ingestion/jobs/${response.json.jobId}`);
    expect(jobs.size).toBe(1);
  });

  it('answers 401 without a token and 403 for a viewer, before reading the body', async () => {
    const { handler } = setup();

    const anonymous = await call(handler, post({ files: [] }, null));
    const viewer = await call(handler, post('not json', 'viewer'));

    expect(anonymous.statusCode).toBe(401);
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json.error.message).toContain('operator');
  });

  it.each([
    ['/etc/passwd', 'not an absolute one'],
    ['../../etc/passwd', '".." segments'],
    ['uploads/MASTER.txt\u0000', 'control characters'],
    ['uploads\\MASTER.txt', 'not backslashes'],
  ])('refuses the key %j with a 400 naming the field', async (key, message) => {
    const { handler, jobs } = setup();

    const response = await call(handler, post({ files: [{ key: 'uploads/MASTER.txt' }, { key }] }));

    expect(response.statusCode).toBe(400);
    expect(response.json.error.details).toEqual([{ field: 'body.files[1].key', message: expect.stringContaining(message) }]);
    expect(jobs.size).toBe(0);
  });

  it('answers 400 on the file when the key has no file behind it', async () => {
    const { handler } = setup();

    const response = await call(handler, post({ files: [{ key: 'uploads/MISSING.txt' }] }));

    expect(response.statusCode).toBe(400);
    expect(response.json.error.details).toEqual([
      { field: 'body.files[0].key', message: 'dataset path "uploads/MISSING.txt": no such file in the data folder' },
    ]);
  });

  it('answers 400 on the file when the key names a folder, with or without a kind', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'start-job-'));
    mkdirSync(path.join(root, 'uploads'));
    const { deps } = fakeDeps();
    const handler = createStartJobHandler(() => ({ ...deps, datasets: new LocalDatasetStore(root) }));

    const responses = [await call(handler, post({ files: [{ key: 'uploads' }] })), await call(handler, post({ files: [{ key: 'uploads', kind: 'MASTER' }] }))];
    rmSync(root, { recursive: true, force: true });

    for (const response of responses) {
      expect(response.statusCode).toBe(400);
      expect(response.json.error.details).toEqual([{ field: 'body.files[0].key', message: 'dataset path "uploads": is a folder, not a file' }]);
    }
  });

  it('answers 400 on the kind when the file is no FAA file', async () => {
    const { handler } = setup();

    const response = await call(handler, post({ files: [{ key: 'uploads/notes.txt' }] }));

    expect(response.statusCode).toBe(400);
    expect(response.json.error.details[0].field).toBe('body.files[0].kind');
  });

  it('refuses an empty file list, an unknown kind and unknown body fields', async () => {
    const { handler } = setup();

    const empty = await call(handler, post({ files: [] }));
    const kind = await call(handler, post({ files: [{ key: 'uploads/MASTER.txt', kind: 'PILOTS' }], extra: 1 }));

    expect(empty.json.error.details).toEqual([{ field: 'body.files', message: 'must list at least one file' }]);
    expect(kind.json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['body', 'body.files[0].kind']);
  });
});
