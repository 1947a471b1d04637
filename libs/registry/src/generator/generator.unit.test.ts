import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRegistryRow } from '../decode';
import { RegistryError } from '../errors';
import { icaoAddressFromNNumber } from '../icao';
import { generateRegistryDataset } from './generate-registry-dataset';
import { nextNNumber } from './next-n-number';
import { Prng } from './prng';
import { N_NUMBER_COUNT, sampleNNumbers } from './sample-n-numbers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'registry-gen-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const dataLines = (text: string) => text.split('\r\n').slice(1, -1);

describe('nextNNumber', () => {
  it('walks all 915,399 US N-numbers in ascending string order', () => {
    let count = 0;
    let previous = '';
    let outOfOrder = 0;
    for (let n: string | undefined = '1'; n !== undefined; n = nextNNumber(n)) {
      if (!(n > previous)) outOfOrder++;
      previous = n;
      count++;
    }
    expect({ count, outOfOrder, last: previous }).toEqual({ count: N_NUMBER_COUNT, outOfOrder: 0, last: '9ZZ' });
  });
});

describe('sampleNNumbers', () => {
  it('yields exactly the requested count of distinct ascending N-numbers', () => {
    const sample = [...sampleNNumbers(5_000, new Prng('s'))];
    expect(sample).toHaveLength(5_000);
    expect(sample.every((n, i) => i === 0 || n > (sample[i - 1] as string))).toBe(true);
  });
});

describe('generateRegistryDataset', () => {
  it('writes FAA-format files whose every row decodes, with references that resolve', async () => {
    const out = join(dir, 'a');
    const dataset = await generateRegistryDataset({ rows: 3_000, seed: 7, outDir: out, engineRows: 60, modelRows: 200 });
    const [master = '', acftref = '', engine = ''] = await Promise.all(
      [dataset.masterPath, dataset.acftrefPath, dataset.enginePath].map((path) => readFile(path, 'utf8')),
    );
    expect(master.startsWith('\uFEFFN-NUMBER,SERIAL NUMBER,')).toBe(true);
    expect(master.endsWith(',\r\n')).toBe(true);
    expect(master.replace(/\r\n/g, '')).not.toContain('\n');

    const lengths = new Set(dataLines(master).map((line) => line.length));
    expect(lengths).toEqual(new Set([612]));
    expect(new Set(dataLines(acftref).map((line) => line.length))).toEqual(new Set([156]));
    expect(new Set(dataLines(engine).map((line) => line.length))).toEqual(new Set([47]));

    const decode = <K extends 'MASTER' | 'ACFTREF' | 'ENGINE'>(kind: K, text: string) =>
      dataLines(text).map((line) => decodeRegistryRow(kind, line.split(',')));
    const aircraft = decode('MASTER', master);
    const models = decode('ACFTREF', acftref);
    const engines = decode('ENGINE', engine);
    expect([...aircraft, ...models, ...engines].filter((result) => !result.ok)).toEqual([]);
    expect([aircraft.length, models.length, engines.length]).toEqual([3_000, 200, 60]);

    const records = aircraft.flatMap((result) => (result.ok ? [result.record] : []));
    const modelCodes = new Set(models.flatMap((result) => (result.ok ? [result.record.code] : [])));
    const engineCodes = new Set(engines.flatMap((result) => (result.ok ? [result.record.code] : [])));
    expect(records.filter((record) => !modelCodes.has(record.mfrMdlCode))).toEqual([]);
    expect(records.filter((record) => !engineCodes.has(record.engMfrMdl))).toEqual([]);
    expect(records.filter((record) => icaoAddressFromNNumber(record.nNumber) !== record.modeSCodeHex)).toEqual([]);
    const nNumbers = records.map((record) => record.nNumber);
    expect(nNumbers.every((n, i) => i === 0 || n > (nNumbers[i - 1] as string))).toBe(true);
    expect(new Set(records.map((record) => record.uniqueId)).size).toBe(3_000);

    // Realistic mix, not one repeated shape.
    const share = (predicate: (record: (typeof records)[number]) => boolean) => records.filter(predicate).length / records.length;
    expect(share((record) => record.statusCode === 'V')).toBeGreaterThan(0.85);
    expect(share((record) => record.statusCode === 'V')).toBeLessThan(0.97);
    expect(share((record) => record.typeRegistrant === '1')).toBeGreaterThan(0.3);
    expect(share((record) => record.typeRegistrant === '7')).toBeGreaterThan(0.15);
    expect(share((record) => record.registrant.country !== 'US')).toBeGreaterThan(0.003);
    expect(share((record) => record.registrant.zipCode?.length === 9)).toBeGreaterThan(0.5);
    expect(share((record) => record.registrant.zipCode?.length === 5)).toBeGreaterThan(0.1);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const options = { rows: 500, engineRows: 20, modelRows: 50 };
    const first = await generateRegistryDataset({ ...options, seed: 'x', outDir: join(dir, 'x1') });
    const again = await generateRegistryDataset({ ...options, seed: 'x', outDir: join(dir, 'x2') });
    const other = await generateRegistryDataset({ ...options, seed: 'y', outDir: join(dir, 'y') });
    const [a, b, c] = await Promise.all([first, again, other].map((d) => readFile(d.masterPath, 'utf8')));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it.each([0, -1, 1.5, N_NUMBER_COUNT + 1])('rejects rows = %p', async (rows) => {
    await expect(generateRegistryDataset({ rows, seed: 1, outDir: join(dir, 'bad') })).rejects.toThrow(RegistryError);
  });
});
