import type { SQSRecord } from 'aws-lambda';

import { createLogger } from '../logger';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { buildSqsEvent } from '../testing/build-sqs-event';
import { sqsBatchHandler } from './sqs-batch-handler';

const logger = createLogger('lambda-kit-test', { level: 'SILENT' });

describe('sqsBatchHandler', () => {
  it('reports only the failing message and processes all the others', async () => {
    const processed: string[] = [];
    const errorLog = jest.spyOn(logger, 'error');
    const handler = sqsBatchHandler(async (record: SQSRecord) => {
      const { id } = JSON.parse(record.body) as { id: string };
      if (id === 'b') throw new Error('projection failed for b');
      processed.push(id);
    }, { logger });

    const response = await handler(buildSqsEvent([{ id: 'a' }, { id: 'b' }, { id: 'c' }]), buildLambdaContext());

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'msg-1' }] });
    expect(processed.sort()).toEqual(['a', 'c']);
    expect(errorLog).toHaveBeenCalledWith(
      'SQS record failed; reporting it for redelivery',
      expect.objectContaining({ messageId: 'msg-1', error: expect.objectContaining({ message: 'projection failed for b' }) }),
    );
    errorLog.mockRestore();
  });

  it('answers an empty failure list when every message succeeds', async () => {
    const handler = sqsBatchHandler(async () => undefined, { logger });

    await expect(handler(buildSqsEvent([{ id: 'a' }, { id: 'b' }]), buildLambdaContext())).resolves.toEqual({ batchItemFailures: [] });
  });

  it('throws when every message fails, so the whole batch is retried', async () => {
    const handler = sqsBatchHandler(async () => {
      throw new Error('store down');
    }, { logger });

    await expect(handler(buildSqsEvent([{ id: 'a' }, { id: 'b' }]), buildLambdaContext())).rejects.toThrow(/All records failed processing/);
  });

  it('keeps concurrent invocations apart', async () => {
    const handler = sqsBatchHandler(async (record: SQSRecord) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (record.body.includes('fail')) throw new Error('boom');
    }, { logger });

    const [first, second] = await Promise.all([
      handler(buildSqsEvent(['ok', 'fail', 'ok']), buildLambdaContext()),
      handler(buildSqsEvent(['ok', 'ok', 'ok', 'fail']), buildLambdaContext()),
    ]);

    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'msg-1' }]);
    expect(second.batchItemFailures).toEqual([{ itemIdentifier: 'msg-3' }]);
  });
});
