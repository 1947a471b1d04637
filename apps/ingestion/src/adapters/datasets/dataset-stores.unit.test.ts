import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';

import { DatasetPathError } from '../../domain/job';
import { LocalDatasetStore } from './local-dataset-store';
import { S3DatasetStore } from './s3-dataset-store';

describe('LocalDatasetStore', () => {
  let base: string;
  let store: LocalDatasetStore;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'dataset-store-'));
    await mkdir(join(base, 'data/2025-03'), { recursive: true });
    await writeFile(join(base, 'data/2025-03/MASTER.txt'), 'N-NUMBER,\r\n');
    await writeFile(join(base, 'secret.txt'), 'outside the data folder');
    await symlink(join(base, 'secret.txt'), join(base, 'data/link-out.txt'));
    await symlink(join(base, 'data/2025-03/MASTER.txt'), join(base, 'data/link-in.txt'));
    await symlink(base, join(base, 'data/parent'));
    store = new LocalDatasetStore(join(base, 'data'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('reads a file under the root, directly or through a symlink that stays inside', async () => {
    expect(await store.size('2025-03/MASTER.txt')).toBe(11);
    expect(await text(await store.open('2025-03/MASTER.txt'))).toBe('N-NUMBER,\r\n');
    expect(await text(await store.open('link-in.txt'))).toBe('N-NUMBER,\r\n');
  });

  it('refuses a folder as a dataset key when sizing or opening it, instead of a raw EISDIR later', async () => {
    await expect(store.size('2025-03')).rejects.toMatchObject({ code: 'ingestion.datasetPath', kind: 'validation', message: 'dataset path "2025-03": is a folder, not a file' });
    await expect(store.open('2025-03')).rejects.toBeInstanceOf(DatasetPathError);
  });

  it.each([
    ['a parent-folder path', () => '../secret.txt', 'escapes the data folder'],
    ['a parent hop in the middle', () => '2025-03/../../secret.txt', 'escapes the data folder'],
    ['a symlink to a file outside', () => 'link-out.txt', 'escapes the data folder'],
    ['a path through a symlinked folder outside', () => 'parent/secret.txt', 'escapes the data folder'],
    ['the root itself', () => '.', 'escapes the data folder'],
    ['an absolute path', () => '/etc/passwd', 'must be a relative path under the data folder'],
    ['an absolute path even to a file inside the root', () => join(base, 'data/2025-03/MASTER.txt'), 'must be a relative path under the data folder'],
    ['an empty key', () => '', 'must be a relative path under the data folder'],
    ['a NUL byte', () => '2025-03/MASTER.txt\0.png', 'must be a relative path under the data folder'],
    ['a missing file', () => '2025-03/ACFTREF.txt', 'no such file in the data folder'],
  ])('refuses %s, for size and for open', async (_case, keyOf, reason) => {
    const key = keyOf();

    for (const read of [() => store.size(key), () => store.open(key)]) {
      const error = await read().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatasetPathError);
      expect(error).toMatchObject({ code: 'ingestion.datasetPath', path: key, message: `dataset path "${key}": ${reason}` });
    }
  });
});

describe('S3DatasetStore', () => {
  const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const mock = mockClient(s3);
  const store = new S3DatasetStore(s3, 'datasets');
  const s3Error = (name: string) => Object.assign(new Error(name), { name });

  beforeEach(() => mock.reset());

  it('sizes an object with HeadObject and streams its body', async () => {
    mock.on(HeadObjectCommand, { Bucket: 'datasets', Key: 'faa/MASTER.txt' }).resolves({ ContentLength: 42 });
    mock.on(GetObjectCommand, { Bucket: 'datasets', Key: 'faa/MASTER.txt' }).resolves({ Body: Readable.from(['N-NUMBER,', '\r\n']) as never });

    expect(await store.size('faa/MASTER.txt')).toBe(42);
    expect(await text(await store.open('faa/MASTER.txt'))).toBe('N-NUMBER,\r\n');
  });

  it.each(['NotFound', 'NoSuchKey', 'Forbidden', 'AccessDenied', 'NoSuchBucket'])('reports a %s object as a dataset path error', async (name) => {
    mock.on(HeadObjectCommand).rejects(s3Error(name));
    mock.on(GetObjectCommand).rejects(s3Error(name));

    for (const read of [() => store.size('faa/GONE.txt'), () => store.open('faa/GONE.txt')]) {
      const error = await read().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatasetPathError);
      expect(error).toMatchObject({ path: 'faa/GONE.txt', message: `dataset path "faa/GONE.txt": not readable in s3://datasets: ${name}` });
    }
  });

  it('rethrows S3’s own failures unchanged (not the caller’s fault)', async () => {
    const throttled = s3Error('SlowDown');
    mock.on(HeadObjectCommand).rejects(throttled);
    mock.on(GetObjectCommand).rejects(throttled);

    await expect(store.size('faa/MASTER.txt')).rejects.toMatchObject({ name: 'SlowDown' });
    await expect(store.open('faa/MASTER.txt')).rejects.toMatchObject({ name: 'SlowDown' });
  });

  it('refuses an object without a size or a streamable body', async () => {
    mock.on(HeadObjectCommand).resolves({});
    mock.on(GetObjectCommand).resolves({});

    await expect(store.size('faa/MASTER.txt')).rejects.toThrow('dataset path "faa/MASTER.txt": s3://datasets returned no size');
    await expect(store.open('faa/MASTER.txt')).rejects.toThrow('dataset path "faa/MASTER.txt": S3 returned no streamable body');
  });
});
