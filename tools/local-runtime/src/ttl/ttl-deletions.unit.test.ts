import { TtlDeletions } from './ttl-deletions';

const key = { PK: { S: 'AIRCRAFT#1' }, SK: { S: 'AIRCRAFT' } };

describe('TtlDeletions', () => {
  it('recognises the first REMOVE of a marked key, and that same record for every later reader', () => {
    const deletions = new TtlDeletions();
    deletions.mark('CoreTable', key);

    expect(deletions.isTtlRemove('CoreTable', { SK: key.SK, PK: key.PK }, '100')).toBe(true);
    // Another mapping of the table, or a re-read after a reset, sees the same record.
    expect(deletions.isTtlRemove('CoreTable', key, '100')).toBe(true);
    // A later delete of a re-created item with that key is an ordinary delete.
    expect(deletions.isTtlRemove('CoreTable', key, '200')).toBe(false);
    expect(deletions.size).toBe(0);
  });

  it('does not recognise a key of another table or an unmarked key', () => {
    const deletions = new TtlDeletions();
    deletions.mark('CoreTable', key);
    deletions.unmark('CoreTable', key);
    deletions.mark('JobsTable', key);

    expect(deletions.isTtlRemove('CoreTable', key, '100')).toBe(false);
    expect(deletions.isTtlRemove('JobsTable', key, '101')).toBe(true);
  });
});
