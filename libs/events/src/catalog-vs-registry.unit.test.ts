import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { decodeRegistryRow, generateRegistryDataset } from '@aircraftops/registry';
import type { RegistryFileKind } from '@aircraftops/registry';

import { aircraftDataSchema, aircraftModelDataSchema, engineModelDataSchema, formatIssue } from '@aircraftops/event-contracts';

// The registry's records become `data` of the aircraft events: this catches the two drifting apart.
describe('registry records as event data', () => {
  let dir: string;
  let files: { MASTER: string; ACFTREF: string; ENGINE: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'events-registry-'));
    const dataset = await generateRegistryDataset({ rows: 300, engineRows: 100, modelRows: 100, seed: 'events-contract', outDir: dir });
    files = { MASTER: dataset.masterPath, ACFTREF: dataset.acftrefPath, ENGINE: dataset.enginePath };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function recordsOf(kind: RegistryFileKind & keyof typeof files): unknown[] {
    const [, ...lines] = readFileSync(files[kind], 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    return lines
      .filter((line) => line.length > 0)
      .map((line) => {
        const result = decodeRegistryRow(kind, line.split(','));
        if (!result.ok) throw new Error(`generated ${kind} row does not decode: ${JSON.stringify(result.issues)}`);
        return result.record;
      });
  }

  it.each([
    ['MASTER', aircraftDataSchema],
    ['ACFTREF', aircraftModelDataSchema],
    ['ENGINE', engineModelDataSchema],
  ] as const)('every decoded %s record is valid event data', (kind, schema) => {
    const records = recordsOf(kind);

    const problems = records.flatMap((record) => {
      const result = schema.safeParse(record, { reportInput: true });
      return result.success ? [] : result.error.issues.map((issue) => formatIssue(issue));
    });

    expect(records.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
