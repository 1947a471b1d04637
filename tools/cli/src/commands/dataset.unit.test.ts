import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { generateDataset } from './dataset';

describe('aircraftops dataset generate', () => {
  let out: string;
  const printed: string[] = [];
  const io = { stdout: (text: string) => void printed.push(text), stderr: (text: string) => void printed.push(text) };

  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'dataset-'));
    printed.splice(0);
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('writes FAA-format files with the requested row counts and reports them', async () => {
    await generateDataset({ rows: '1_000', seed: 's1', out, engineRows: '20', modelRows: '30' }, io);

    const master = readFileSync(path.join(out, 'MASTER.txt'), 'utf8');
    const lines = master.split('\r\n').filter(Boolean);
    expect(master.startsWith('\uFEFFN-NUMBER,SERIAL NUMBER,')).toBe(true);
    expect(lines).toHaveLength(1 + 1000);
    expect(lines.slice(1).every((line) => line.length === 612)).toBe(true);
    expect(readFileSync(path.join(out, 'ENGINE.txt'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(21);
    expect(printed.join('')).toMatch(/MASTER\.txt\s+1,000 rows/);
  });

  it('is deterministic for a seed', async () => {
    await generateDataset({ rows: '50', seed: 'same', out, engineRows: '5', modelRows: '5' }, io);
    const first = readFileSync(path.join(out, 'MASTER.txt'), 'utf8');
    await generateDataset({ rows: '50', seed: 'same', out, engineRows: '5', modelRows: '5' }, io);
    expect(readFileSync(path.join(out, 'MASTER.txt'), 'utf8')).toBe(first);
  });

  it('rejects a row count that is not a whole number with a usage error', async () => {
    await expect(generateDataset({ rows: '10k', seed: 's', out, engineRows: '5', modelRows: '5' }, io)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('--rows "10k"'),
    });
  });
});
