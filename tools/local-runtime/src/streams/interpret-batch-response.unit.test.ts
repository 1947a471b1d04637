import { describeWithSamples } from './conformance-samples.fixtures.test';
import { interpretBatchResponse } from './interpret-batch-response';

const BATCH = ['101', '102', '103'];

describe('interpretBatchResponse', () => {
  it('resumes from the lowest reported sequence number, whatever the order of the report', () => {
    const response = { batchItemFailures: [{ itemIdentifier: '103' }, { itemIdentifier: '102' }] };

    expect(interpretBatchResponse(response, BATCH, true)).toEqual({ kind: 'partial', firstFailedIndex: 1 });
  });

  it('ignores the response when ReportBatchItemFailures is off', () => {
    expect(interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: '' }] }, BATCH, false)).toEqual({ kind: 'success' });
  });

  it.each([['a string', 'ok'], ['a number', 7], ['a non-empty array', [1]], ['a non-array batchItemFailures', { batchItemFailures: 'x' }]])(
    'fails the whole batch for %s',
    (_case, response) => {
      expect(interpretBatchResponse(response, BATCH, true).kind).toBe('invalid');
    },
  );
});

describeWithSamples('interpretBatchResponse against recorded AWS outcomes', (samples) => {
  it.each(samples.partial_batch_responses.complete_success.map((response) => [JSON.stringify(response), response]))(
    'counts %s as complete success',
    (_label, response) => {
      expect(interpretBatchResponse(response, BATCH, true)).toEqual({ kind: 'success' });
    },
  );

  it.each(
    samples.partial_batch_responses.complete_failure_whole_batch_retried
      .filter((response) => typeof response === 'object')
      .map((response) => [JSON.stringify(response), response]),
  )('counts %s as a failure of the whole batch', (_label, response) => {
    expect(interpretBatchResponse(response, BATCH, true).kind).toBe('invalid');
  });
});
