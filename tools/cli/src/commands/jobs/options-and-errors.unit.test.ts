import { parseLimit, parseStatus } from './parse-job-options';
import { describeApiError } from './send-json';

describe('job options', () => {
  it('accept statuses in any case and refuse unknown ones with the list (exit 2)', () => {
    expect(parseStatus('completed_with_errors')).toBe('COMPLETED_WITH_ERRORS');
    expect(parseStatus(undefined)).toBeUndefined();
    expect(() => parseStatus('done')).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('use one of QUEUED, RUNNING') }));
  });

  it('accept a limit within bounds only', () => {
    expect(parseLimit('100', 100)).toBe(100);
    expect(() => parseLimit('0', 100)).toThrow('--limit "0" must be a whole number from 1 to 100.');
    expect(() => parseLimit('1e3', 10_000)).toThrow('must be a whole number');
  });
});

describe('describeApiError', () => {
  it('lists each field detail of a refused request on its own line', () => {
    const text = describeApiError('POST /ingestion/jobs', 400, 'Invalid request: …', [
      { field: 'body.files[0].key', message: 'must not contain ".." segments' },
      { field: 'body.files[1].kind', message: 'Invalid option' },
    ]);

    expect(text).toBe('POST /ingestion/jobs was refused (HTTP 400):\n  body.files[0].key: must not contain ".." segments\n  body.files[1].kind: Invalid option');
  });

  it('keeps the API message otherwise', () => {
    expect(describeApiError('GET /ingestion/jobs/x', 404, 'job x does not exist', [])).toBe('job x does not exist (HTTP 404)');
    expect(describeApiError('GET /ingestion/jobs/x', 502, undefined, [])).toBe('GET /ingestion/jobs/x answered HTTP 502');
  });
});
