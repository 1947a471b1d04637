import { anAircraft } from '../../testing/records.fixtures.test';
import { changesOfPatch } from './changes-of-patch';

describe('changesOfPatch', () => {
  const current = anAircraft({ registrant: { name: 'A', city: 'B' }, otherNames: ['X'] });

  it('treats a registrant with the same fields in another order as unchanged', () => {
    expect(changesOfPatch(current, { registrant: { city: 'B', name: 'A' } })).toEqual({});
  });

  it('keeps fields the patch does not mention and clears those it sets to null', () => {
    expect(changesOfPatch(current, { registrant: { name: null, state: 'KS' } })).toEqual({ registrant: { city: 'B', state: 'KS' } });
  });

  it('replaces otherNames as a whole list', () => {
    expect(changesOfPatch(current, { otherNames: [] })).toEqual({ otherNames: [] });
  });
});
