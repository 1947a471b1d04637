import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CliError } from '../../support/cli-error';
import { uploadFiles, uploadKeyFor } from './upload-files';

const now = new Date('2025-06-01T02:03:04.005Z');

describe('uploadKeyFor', () => {
  it('prefixes the UTC time and keeps only safe characters of the name', () => {
    expect(uploadKeyFor('/data/faa/MASTER.txt', now)).toBe('uploads/20250601T020304005Z-MASTER.txt');
    expect(uploadKeyFor('/data/my file (1).txt', now)).toBe('uploads/20250601T020304005Z-my_file__1_.txt');
    expect(uploadKeyFor('/data/..hidden', now)).toBe('uploads/20250601T020304005Z-_hidden');
  });
});

describe('uploadFiles', () => {
  it('copies each file under <dataDir>/uploads and returns its key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-upload-'));
    const source = path.join(dir, 'ENGINE.txt');
    await writeFile(source, 'CODE,MFR\r\n');
    const dataDir = path.join(dir, 'datasets');

    const [uploaded] = await uploadFiles([source], dataDir, now);

    expect(uploaded).toEqual({ source, key: 'uploads/20250601T020304005Z-ENGINE.txt' });
    expect(await readFile(path.join(dataDir, 'uploads', '20250601T020304005Z-ENGINE.txt'), 'utf8')).toBe('CODE,MFR\r\n');
  });

  it('refuses a missing file or a folder (exit 2) before copying anything', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-upload-'));
    const good = path.join(dir, 'MASTER.txt');
    await writeFile(good, 'x');

    await expect(uploadFiles([good, path.join(dir, 'nope.txt')], path.join(dir, 'd'), now)).rejects.toMatchObject({
      message: `${path.join(dir, 'nope.txt')}: no such file.`,
      exitCode: 2,
    });
    await expect(uploadFiles([dir], path.join(dir, 'd'), now)).rejects.toThrow('not a regular file');
    await expect(uploadFiles([], dir, now)).rejects.toBeInstanceOf(CliError);
    await expect(readFile(path.join(dir, 'd', 'uploads', '20250601T020304005Z-MASTER.txt'))).rejects.toThrow('ENOENT');
  });
});
