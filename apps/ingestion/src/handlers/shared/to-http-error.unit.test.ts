import { ConflictError, NotFoundError, ValidationError } from '@aircraftops/lambda-kit';

import { DatasetKindError, DatasetPathError, InvalidPageTokenError, JobConflictError, JobNotFoundError } from '../../domain/job';
import { DatasetFormatError } from '../../domain/parsing';
import { toHttpError } from './to-http-error';

const files = { files: [{ key: 'uploads/ENGINE.txt' }, { key: 'uploads/MASTER.txt' }] };

describe('toHttpError', () => {
  it('answers 404 for an unknown job and 409 for a job in the wrong status', () => {
    expect(toHttpError(new JobNotFoundError('j1'))).toBeInstanceOf(NotFoundError);
    expect(toHttpError(new JobConflictError('j1', ['QUEUED'], 'COMPLETED'))).toBeInstanceOf(ConflictError);
  });

  it('points a missing file at its key in the request body', () => {
    const error = toHttpError(new DatasetPathError('uploads/MASTER.txt', 'no such file in the data folder'), files);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([
      { field: 'body.files[1].key', message: 'dataset path "uploads/MASTER.txt": no such file in the data folder' },
    ]);
  });

  it('points a file that is no FAA file at its kind or key', () => {
    const kind = toHttpError(new DatasetKindError('ENGINE.txt', 'the header matches no FAA registry file'), files) as ValidationError;
    const format = toHttpError(new DatasetFormatError('MASTER.txt', 'binary data'), files) as ValidationError;

    expect(kind.details[0]?.field).toBe('body.files[0].kind');
    expect(format.details[0]?.field).toBe('body.files[1].key');
  });

  it('answers 400 on query.nextToken for a token that is not one of the list’s', () => {
    const error = toHttpError(new InvalidPageTokenError('it belongs to another list'));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([{ field: 'query.nextToken', message: 'is not a token of this list: it belongs to another list' }]);
  });

  it('leaves other errors alone', () => {
    const bug = new TypeError('x is undefined');
    expect(toHttpError(bug)).toBe(bug);
  });
});
