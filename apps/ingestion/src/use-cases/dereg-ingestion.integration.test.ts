import { DEREG_LAYOUT, icaoAddressFromNNumber } from '@aircraftops/registry';
import { coreQueries } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox';

import { connectDeps, seriesNNumber, tempDataDir, writeDataFile } from '../__fixtures__/ingestion.fixtures.test';
import { assertCountsInvariant } from '../domain/job';
import { listJobErrors, runJob, startJob } from './index';

const alice = { type: 'user' as const, id: 'alice' };
let connection: ReturnType<typeof connectDeps>;
let dataDir: string;

/** A DEREG.txt line in the FAA's fixed-width CSV: every column padded to its width, a trailing comma. */
const deregLine = (values: Record<string, string>): string => {
  const nNumber = values['N-NUMBER'] ?? '';
  const hex = icaoAddressFromNNumber(nNumber);
  const withModeS: Record<string, string> = {
    'MODE-S-CODE': Number.parseInt(hex, 16).toString(8).padStart(8, '0'),
    'MODE S CODE HEX': hex,
    ...values,
  };
  return [...DEREG_LAYOUT.columns.map((column) => (withModeS[column.name] ?? '').padEnd(column.width)), ''].join(',');
};

const [first, second, third] = [0, 1, 2].map((index) => seriesNNumber(8, index)) as [string, string, string];
const cancelled = {
  'N-NUMBER': first,
  'SERIAL-NUMBER': 'SN-1',
  'MFR-MDL-CODE': '2072738',
  'STATUS-CODE': 'A',
  NAME: 'GHOST HELI LLC',
  'STREET-MAIL': '200 OAK AVE',
  'CITY-MAIL': 'DALLAS',
  'STATE-ABBREV-MAIL': 'TX',
  'ZIP-CODE-MAIL': '75201',
  'ENG-MFR-MDL': '41514',
  'YEAR-MFR': '2001',
  CERTIFICATION: '1N',
  REGION: '2',
  'COUNTY-MAIL': '113',
  'COUNTRY-MAIL': 'US',
  'AIR-WORTH-DATE': '20010101',
  'CANCEL-DATE': '20190501',
  'EXP-COUNTRY': 'CANADA',
  'LAST-ACT-DATE': '20190502',
  'STREET-PHYSICAL': '1 HANGAR RD',
  'CITY-PHYSICAL': 'ADDISON',
  'STATE-ABBREV-PHYSICAL': 'TX',
  'OTHER-NAMES(1)': 'GHOST HOLDINGS',
};

beforeAll(async () => {
  dataDir = await tempDataDir();
  connection = connectDeps(dataDir);
  await writeDataFile(dataDir, 'deregistered.txt', DEREG_LAYOUT.headerLine, [
    deregLine(cancelled), // 2
    deregLine({ ...cancelled, 'CANCEL-DATE': '20210315', REGION: 'E', NAME: 'SECOND OWNER' }), // 3: the same aircraft again, later
    deregLine({ ...cancelled, 'N-NUMBER': second, 'CANCEL-DATE': '20230230' }), // 4: no such date
    deregLine({ ...cancelled, 'N-NUMBER': third, 'CANCEL-DATE': '' }), // 5: no cancel date, which the item's key needs
    deregLine(cancelled), // 6: identical to line 2
  ]);
});
afterAll(() => connection.documentClient.destroy());

const historyOf = async (nNumber: string) =>
  (
    await connection.core.Deregistration.table
      .build(QueryCommand)
      .entities(connection.core.Deregistration)
      .query(coreQueries.deregistrationsOfAircraft(nNumber))
      .options({ consistent: true })
      .send()
  ).Items ?? [];

describe('runJob on a DEREG file', () => {
  it('stores each cancelled registration in its aircraft’s history, with the registration region, and locates every refused line', async () => {
    const job = await startJob(connection.deps, { files: [{ key: 'deregistered.txt' }], startedBy: alice });
    expect(job.dataset.files.map((file) => file.kind)).toEqual(['DEREG']);

    const { job: done } = await runJob(connection.deps, job.jobId);
    const { items: errors } = await listJobErrors(connection.deps, job.jobId);

    expect(done.status).toBe('COMPLETED_WITH_ERRORS');
    assertCountsInvariant(done.counts);
    expect(done.counts).toEqual({ read: 5, written: 2, unchanged: 0, rejected: 2, duplicates: 1, skipped: 0 });
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [4, 'CANCEL-DATE'],
      [5, '*'],
    ]);
    expect(errors[1]?.reason).toMatch(/^refused by the Deregistration schema: /);
    const history = await historyOf(first);
    expect(history.map(({ cancelDate, region, name }) => [cancelDate, region, name])).toEqual([
      ['2019-05-01', '2', 'GHOST HELI LLC'],
      ['2021-03-15', 'E', 'SECOND OWNER'],
    ]);
    expect(history[0]).toMatchObject({
      nNumber: first,
      serialNumber: 'SN-1',
      mfrMdlCode: '2072738',
      engMfrMdl: '41514',
      yearMfr: 2001,
      mailingAddress: { street: '200 OAK AVE', city: 'DALLAS', state: 'TX', zipCode: '75201', county: '113', country: 'US' },
      physicalAddress: { street: '1 HANGAR RD', city: 'ADDISON', state: 'TX' },
      airworthinessDate: '2001-01-01',
      exportCountry: 'CANADA',
      otherNames: ['GHOST HOLDINGS'],
      modeSCodeHex: icaoAddressFromNNumber(first),
      sourceJobId: job.jobId,
      version: 1,
    });
    expect(history[0]?.mailingAddress).not.toHaveProperty('region');
    expect(await historyOf(second)).toEqual([]);
    expect(await historyOf(third)).toEqual([]);
  });

  it('writes nothing when the same file is ingested again', async () => {
    const job = await startJob(connection.deps, { files: [{ key: 'deregistered.txt', kind: 'DEREG' }], startedBy: alice });

    const { job: done } = await runJob(connection.deps, job.jobId);

    expect(done.counts).toMatchObject({ written: 0, unchanged: 2, rejected: 2 });
    expect((await historyOf(first)).map((item) => item.version)).toEqual([1, 1]);
  });
});
