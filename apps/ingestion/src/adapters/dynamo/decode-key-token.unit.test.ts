import { encodePageToken, jobsQueries } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../../domain/job';
import { decodeKeyToken } from './decode-key-token';

const errorsOfJob = jobsQueries.rowErrorsOfJob('job-1');
const errorKey = { PK: 'JOB#job-1', SK: 'ERROR#00#0000000042#*' };

describe('row-error page tokens', () => {
  it('round-trip the last evaluated key of the same job', () => {
    expect(decodeKeyToken(encodePageToken(errorKey), errorsOfJob)).toEqual(errorKey);
  });

  it.each([
    ['of another job', encodePageToken({ ...errorKey, PK: 'JOB#job-2' }), 'it belongs to another list'],
    ['that is not base64url', 'abc+/=', 'expected 1-12000 base64url characters'],
  ])('are refused with the domain’s error on query.nextToken when %s', (_case, token, reason) => {
    const act = () => decodeKeyToken(token, errorsOfJob);

    expect(act).toThrow(InvalidPageTokenError);
    expect(act).toThrow(
      expect.objectContaining({ code: 'ingestion.invalidPageToken', field: 'query.nextToken', reason, cause: expect.objectContaining({ code: 'tables.invalidPageToken' }) }),
    );
  });
});
