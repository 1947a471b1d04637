import { exactlyOnce } from './exactly-once';

const record = (entityId: string, eventId: string, recordedAt: number, detailType = 'AircraftRegistered') => ({ entityId, eventId, recordedAt, detailType });

describe('exactlyOnce', () => {
  it('counts recorded, lost and duplicate records of the written entities only', () => {
    const tally = exactlyOnce(
      ['N1', 'N2', 'N3'],
      [record('N1', 'e1', 10), record('N1', 'e1-again', 20), record('N2', 'e2', 5), record('N9', 'e9', 1), record('N3', 'u3', 7, 'AircraftUpdated')],
      'AircraftRegistered',
    );
    expect(tally).toMatchObject({ recorded: 2, lost: ['N3'], duplicateRecords: 1 });
    expect([...tally.firstRecordAt]).toEqual([
      ['N1', 10],
      ['N2', 5],
    ]);
  });
});
