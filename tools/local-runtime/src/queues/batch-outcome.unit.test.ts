import { parseBatchResponse } from './batch-outcome';

const ids = ['m-1', 'm-2'];

describe('parseBatchResponse', () => {
  it.each([undefined, null, {}, { batchItemFailures: [] }, { batchItemFailures: null }, { statusCode: 200 }])(
    'treats %p as complete success',
    (response) => {
      expect(parseBatchResponse(response, ids)).toEqual({ kind: 'success' });
    },
  );

  it('retries only the listed messages', () => {
    const outcome = parseBatchResponse({ batchItemFailures: [{ itemIdentifier: 'm-2' }] }, ids);
    expect(outcome).toMatchObject({ kind: 'partial', failed: new Set(['m-2']) });
  });

  it.each([
    ['an empty identifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['a null identifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['a wrong key', { batchItemFailures: [{ foo: 'm-1' }] }],
    ['a numeric identifier', { batchItemFailures: [{ itemIdentifier: 123 }] }],
    ['an unknown message id', { batchItemFailures: [{ itemIdentifier: 'm-9' }] }],
    ['a non-array list', { batchItemFailures: 'm-1' }],
    ['a string answer', 'ok'],
    ['an array answer', []],
  ])('fails the whole batch for %s', (_name, response) => {
    expect(parseBatchResponse(response, ids)).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/^Invalid partial batch response: /) });
  });
});
