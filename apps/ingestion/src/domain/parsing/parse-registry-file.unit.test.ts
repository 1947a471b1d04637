import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateRegistryDataset } from '@aircraftops/registry';
import type { RegistryFileKind } from '@aircraftops/registry';
import { DatasetFormatError } from './dataset-format-error';
import { parseRegistryFile } from './parse-registry-file';
import type { RowError } from './row-error';

const FIXTURES = join(__dirname, '../../../fixtures/faa-registry');
const fixture = (kind: 'MASTER' | 'ACFTREF' | 'ENGINE') => readFileSync(join(FIXTURES, `${kind}.txt`));

/** A stream that hands the bytes over in small chunks, so chunk boundaries fall everywhere. */
function streamOf(bytes: Buffer, chunkSize = 4096): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function parseAll<K extends RegistryFileKind>(input: Readable, kind: K, maxFieldBytes?: number) {
  const records: { line: number; record: unknown }[] = [];
  const errors: RowError[] = [];
  for await (const row of parseRegistryFile(input, { kind, fileName: `${kind}.txt`, maxFieldBytes })) {
    if ('error' in row) errors.push(row.error);
    else records.push(row);
  }
  return { records, errors };
}

describe('parseRegistryFile on the real FAA sample', () => {
  it.each([
    ['MASTER', 134],
    ['ACFTREF', 100],
    ['ENGINE', 4751],
  ] as const)('parses every %s row without an error', async (kind, count) => {
    const { records, errors } = await parseAll(createReadStream(join(FIXTURES, `${kind}.txt`)), kind);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(count);
    expect(records.map((row) => row.line)).toEqual(Array.from({ length: count }, (_, i) => i + 2));
  });

  it('trims fields exactly as they are in the file and keeps literal quotes', async () => {
    const master = await parseAll(streamOf(fixture('MASTER')), 'MASTER');
    expect(master.records[0]).toMatchObject({
      line: 2,
      record: { nNumber: '511CR', serialNumber: 'K041', registrant: { name: 'FWA LLC', street: '8906 SPANISH RIDGE AVE', zipCode: '891481304' }, typeEngine: '2', modeSCodeHex: 'A66568' },
    });
    const acftref = await parseAll(streamOf(fixture('ACFTREF')), 'ACFTREF');
    expect(acftref.records.map((row) => (row.record as { model: string }).model)).toContain('BABY ACE "D"');
    const engine = await parseAll(streamOf(fixture('ENGINE')), 'ENGINE');
    expect(engine.records[1]).toEqual({
      line: 3,
      record: { code: '00401', manufacturer: 'A.C.E.', model: 'HIDR MARK III', type: '1', horsepower: 95, thrust: 0 },
    });
  });

  it('gives the same result for LF line ends, no BOM and 7-byte chunks', async () => {
    const crlf = await parseAll(streamOf(fixture('MASTER')), 'MASTER');
    const lf = Buffer.from(fixture('MASTER').toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
    const tiny = await parseAll(streamOf(lf, 7), 'MASTER');
    expect(tiny).toEqual(crlf);
  });
});

describe('parseRegistryFile on a corrupt file', () => {
  const master = fixture('MASTER').toString('utf8').split('\r\n');
  const [header, ...data] = master as [string, ...string[]];
  const good = data.filter((line) => line !== '');
  const set = (line: string, column: number, value: string) => {
    const fields = line.split(',');
    fields[column] = value.padEnd((fields[column] ?? '').length);
    return fields.join(',');
  };

  it('rejects each bad line with its line number and field, and parses the good ones', async () => {
    const lines = [
      header, //                                                    1
      good[0], //                                                   2 ok
      good[1]!.split(',').slice(0, 20).join(','), //                3 too few columns
      `${good[2]}EXTRA`, //                                         4 value in the trailing empty column
      set(good[3]!, 7, 'C/O: #1710 & "B" RM 6.4A'), //              5 ok: punctuation and quotes are data
      good[4], //                                                   6 ok
      set(good[5]!, 0, ''), //                                      7 empty N-number
      set(good[6]!, 23, '20230230'), //                             8 invalid date
      header, //                                                    9 repeated header
      set(good[7]!, 7, 'X'.repeat(5000)), //                       10 huge field
      '', //                                                       11 blank line: skipped
      good[8], //                                                  12 ok
      set(good[9]!, 33, 'A00001'), //                              13 Mode S hex of another aircraft
    ].join('\r\n');
    const invalidUtf8 = Buffer.from(set(good[10]!, 9, 'CITYXX'));
    invalidUtf8[invalidUtf8.indexOf('CITYXX') + 4] = 0xff;
    const truncated = good[11]!.split(',').slice(0, 12).join(',');
    const bytes = Buffer.concat([Buffer.from(`\uFEFF${lines}\r\n`), invalidUtf8, Buffer.from(`\r\n${truncated}`)]);

    const { records, errors } = await parseAll(streamOf(bytes, 1000), 'MASTER');

    expect(errors.map(({ line, field, reason }) => ({ line, field, reason }))).toEqual([
      { line: 3, field: undefined, reason: 'expected 35 columns, found 20' },
      { line: 4, field: undefined, reason: 'value after the last column (the line must end with an empty column)' },
      { line: 7, field: 'N-NUMBER', reason: 'required value is blank' },
      { line: 8, field: 'AIR WORTH DATE', reason: 'not a calendar date (YYYYMMDD)' },
      { line: 9, field: undefined, reason: 'repeated header line' },
      { line: 10, field: 'STREET', reason: 'field over the 1024-byte limit (5000 bytes)' },
      { line: 13, field: 'MODE S CODE HEX', reason: expect.stringMatching(/^does not match MODE S CODE .*\(and 1 more: MODE S CODE HEX\)$/) },
      { line: 14, field: 'CITY', reason: 'invalid UTF-8 bytes' },
      { line: 15, field: undefined, reason: 'truncated last line: 12 of 35 columns and no line break' },
    ]);
    expect(records.map((row) => row.line)).toEqual([2, 5, 6, 12]);
    expect(records[1]?.record).toMatchObject({ registrant: { street: 'C/O: #1710 & "B" RM 6.4A' } });
    // 14 data lines, 1 blank: every other line is either a record or an error.
    expect(records.length + errors.length).toBe(13);
    expect(errors.every((error) => error.file === 'MASTER.txt' && error.excerpt.length <= 80)).toBe(true);
    expect(errors.find((error) => error.line === 10)?.excerpt).toMatch(/^STREET=X+…$/);
  });

  it('cuts a line longer than the limit without buffering it whole and goes on', async () => {
    const huge = `${good[0]!.slice(0, 10)}${'Y'.repeat(3_000_000)}`;
    const bytes = Buffer.from([header, huge, good[1]].join('\r\n') + '\r\n');
    const { records, errors } = await parseAll(streamOf(bytes, 65536), 'MASTER', 100);
    expect(errors).toEqual([expect.objectContaining({ line: 2, field: 'SERIAL NUMBER', reason: expect.stringContaining('line cut while reading') })]);
    expect(records.map((row) => row.line)).toEqual([3]);
  });

  it('reports every issue of a line while keeping one error per line', async () => {
    const bad = set(set(good[0]!, 23, '20231301'), 19, '99');
    const { errors } = await parseAll(streamOf(Buffer.from(`${header}\r\n${bad}\r\n`)), 'MASTER');
    expect(errors).toEqual([
      {
        file: 'MASTER.txt',
        line: 2,
        field: 'TYPE ENGINE',
        reason: expect.stringMatching(/^unknown code.* \(and 1 more: AIR WORTH DATE\)$/),
        excerpt: 'TYPE ENGINE=99',
        issues: [expect.objectContaining({ field: 'TYPE ENGINE' }), expect.objectContaining({ field: 'AIR WORTH DATE', value: '20231301' })],
      },
    ]);
  });
});

describe('parseRegistryFile on control characters', () => {
  const master = fixture('MASTER').toString('utf8').split('\r\n');
  const [header, ...data] = master as [string, ...string[]];
  const good = data.filter((line) => line !== '');
  /** Puts `char` into column `column` of a good line: inside the value, or in its space padding. */
  const withChar = (line: string, column: number, char: string, where: 'value' | 'padding') => {
    const fields = line.split(',');
    const field = fields[column] ?? '';
    const value = field.trimEnd();
    fields[column] = where === 'value' ? `${value.slice(0, 1)}${char}${value.slice(1)}`.padEnd(field.length) : `${value}${char}`.padEnd(field.length + 1);
    return fields.join(',');
  };

  it('rejects NUL, bare CR, ESC, DEL, BEL … in any field, in its value or its padding, with line and field', async () => {
    const lines = [
      header, //                                            1
      good[0], //                                           2 ok
      withChar(good[1]!, 6, '\u0000', 'value'), //          3 NUL in NAME
      withChar(good[2]!, 9, '\r', 'value'), //              4 bare CR inside CITY
      withChar(good[3]!, 1, '\u001b', 'padding'), //        5 ESC in the padding of SERIAL NUMBER
      withChar(good[4]!, 7, '\u007f', 'value'), //          6 DEL in STREET
      withChar(good[5]!, 0, '\u0007', 'padding'), //        7 BEL after the N-number
      withChar(good[6]!, 7, '\t', 'padding'), //            8 ok: TAB is allowed padding
      good[7], //                                           9 ok
    ];
    const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`);

    const { records, errors } = await parseAll(streamOf(bytes, 7), 'MASTER');

    expect(errors.map(({ line, field, reason }) => ({ line, field, reason }))).toEqual([
      { line: 3, field: 'NAME', reason: 'control character U+0000 (NUL) in the value' },
      { line: 4, field: 'CITY', reason: 'bare CR (U+000D) inside the record, in the value' },
      { line: 5, field: 'SERIAL NUMBER', reason: 'control character U+001B (ESC) in the padding' },
      { line: 6, field: 'STREET', reason: 'control character U+007F (DEL) in the value' },
      { line: 7, field: 'N-NUMBER', reason: 'control character U+0007 (BEL) in the padding' },
    ]);
    expect(errors[0]?.excerpt).toMatch(/^NAME=.\\x00/);
    expect(records.map((row) => row.line)).toEqual([2, 8, 9]);
    expect(records.length + errors.length).toBe(lines.length - 1);
  });

  it('accepts the CR of a CRLF line break and LF-only files alike', async () => {
    const crlf = await parseAll(streamOf(Buffer.from(`${header}\r\n${good[0]}\r\n`)), 'MASTER');
    const lf = await parseAll(streamOf(Buffer.from(`${header}\n${good[0]}\n`)), 'MASTER');

    expect(crlf).toMatchObject({ errors: [], records: [{ line: 2 }] });
    expect(lf).toMatchObject({ errors: [], records: [{ line: 2 }] });
  });
});

describe('parseRegistryFile on a file that is not the expected one', () => {
  async function firstRow(bytes: Buffer, kind: RegistryFileKind = 'MASTER') {
    const rows = parseRegistryFile(streamOf(bytes), { kind, fileName: 'upload.txt' });
    return rows.next();
  }

  it.each([
    ['an ENGINE file given as MASTER', fixture('ENGINE'), /not a MASTER\.txt header: column 1 is "CODE", expected "N-NUMBER"/],
    ['a header with a renamed column', Buffer.from(fixture('ENGINE').toString().replace('HORSEPOWER', 'HP')), /column 5 is "HP"/],
    ['a file without header', Buffer.from(fixture('MASTER').toString().split('\r\n').slice(1).join('\r\n')), /not a MASTER\.txt header/],
    ['an empty file', Buffer.alloc(0), /file is empty/],
    ['binary data with NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08]), /binary data: NUL byte at offset 5/],
    ['mostly invalid UTF-8', Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + (i % 64)).concat([0x0a])), /not UTF-8 text/],
    ['one long line', Buffer.alloc(70_000, 0x41), /no line break in the first 65536 bytes/],
  ])('throws DatasetFormatError for %s before any row', async (_name, bytes, reason) => {
    const kind = _name.startsWith('a header with') ? 'ENGINE' : 'MASTER';
    const attempt = firstRow(bytes, kind);
    await expect(attempt).rejects.toThrow(DatasetFormatError);
    await expect(firstRow(bytes, kind)).rejects.toMatchObject({ file: 'upload.txt', reason: expect.stringMatching(reason) });
  });
});

describe('parseRegistryFile on generated data', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parse-gen-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips the generator output with zero errors', async () => {
    const dataset = await generateRegistryDataset({ rows: 2_000, seed: 'round-trip', outDir: dir, engineRows: 50, modelRows: 150 });
    const master = await parseAll(createReadStream(dataset.masterPath), 'MASTER');
    const acftref = await parseAll(createReadStream(dataset.acftrefPath), 'ACFTREF');
    const engine = await parseAll(createReadStream(dataset.enginePath), 'ENGINE');
    expect([...master.errors, ...acftref.errors, ...engine.errors]).toEqual([]);
    expect([master.records.length, acftref.records.length, engine.records.length]).toEqual([2_000, 150, 50]);
  });
});

describe('parseRegistryFile stream handling', () => {
  const bytes = fixture('MASTER');

  it('rejects with the input stream error instead of ending quietly', async () => {
    const failing = new Readable({
      read() {
        this.push(bytes.subarray(0, 5000));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(parseAll(failing, 'MASTER')).rejects.toThrow('connection reset');
  });

  it('releases the input when the consumer stops early', async () => {
    const input = streamOf(bytes, 1000);
    for await (const row of parseRegistryFile(input, { kind: 'MASTER', fileName: 'MASTER.txt' })) {
      expect(row.line).toBe(2);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.destroyed).toBe(true);
  });
});
