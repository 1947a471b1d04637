import { isAppError } from '@aircraftops/lambda-kit';
import { coreQueries, encodePageToken } from '@aircraftops/tables';

import { pageOptions, toPage } from './page-options';

const byModel = coreQueries.aircraftOfModel('2072738');
const modelKey = { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738', GSI2SK: 'AIRCRAFT#1' };

describe('pageOptions', () => {
  it('asks for the first page without a start key', () => {
    expect(pageOptions({ limit: 2 }, byModel)).toEqual({ limit: 2 });
  });

  it('continues after the key a page of the same query returned', () => {
    const { nextToken } = toPage({ Items: [], LastEvaluatedKey: modelKey });

    expect(pageOptions({ limit: 2, nextToken: nextToken as string }, byModel)).toEqual({ limit: 2, exclusiveStartKey: modelKey });
  });

  it('ends the list with no token when DynamoDB returned no last key', () => {
    expect(toPage({ Items: [1] })).toEqual({ items: [1] });
  });

  it('refuses a token of another list with a validation error on query.nextToken', () => {
    const otherModel = encodePageToken({ ...modelKey, GSI2PK: 'MODEL#9999999' });
    let refusal: unknown;
    try {
      pageOptions({ limit: 2, nextToken: otherModel }, byModel);
    } catch (error) {
      refusal = error;
    }

    expect(isAppError(refusal, 'tables.invalidPageToken')).toBe(true);
    expect(refusal).toMatchObject({ kind: 'validation', details: [{ field: 'query.nextToken', message: 'is not a token of this list: it belongs to another list' }] });
  });
});
