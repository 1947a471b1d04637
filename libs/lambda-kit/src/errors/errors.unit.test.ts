import {
  AppError,
  ConfigurationError,
  ConflictError,
  ForbiddenError,
  isAppError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '.';

describe('errors', () => {
  it.each([
    [new UnauthorizedError('m'), 'UnauthorizedError', 'unauthorized'],
    [new ForbiddenError('m'), 'ForbiddenError', 'forbidden'],
    [new NotFoundError('m'), 'NotFoundError', 'not_found'],
    [new ConflictError('m'), 'ConflictError', 'conflict'],
    [new PayloadTooLargeError('m'), 'PayloadTooLargeError', 'payload_too_large'],
    [new UnsupportedMediaTypeError('m'), 'UnsupportedMediaTypeError', 'unsupported_media_type'],
    [new ConfigurationError('m'), 'ConfigurationError', 'configuration'],
  ])('%s has its name, kind and code, and no HTTP status', (error, name, kind) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ name, code: kind, kind, message: 'm' });
    expect(error).not.toHaveProperty('statusCode');
  });

  it('lets a subclass give a more precise code while keeping the kind', () => {
    expect(new NotFoundError('m', { code: 'aircraft.notFound' })).toMatchObject({ code: 'aircraft.notFound', kind: 'not_found' });
  });

  it('keeps the cause', () => {
    const cause = new Error('ConditionalCheckFailedException');

    expect(new ConflictError('exists', { cause }).cause).toBe(cause);
  });

  it('ValidationError lists every field in its message and details', () => {
    const error = new ValidationError([
      { field: 'body.nNumber', message: 'Required' },
      { field: 'query.limit', message: 'Too big' },
    ]);

    expect(error).toMatchObject({ kind: 'validation', code: 'validation', message: 'Invalid request: body.nNumber: Required; query.limit: Too big' });
    expect(error.details).toHaveLength(2);
  });

  it('ValidationError refuses to exist without details', () => {
    expect(() => new ValidationError([])).toThrow(TypeError);
  });

  it('isAppError recognises an AppError from another copy of the package by its registry brand', () => {
    const foreign = Object.assign(new Error('from another bundle'), {
      [Symbol.for('aircraftops.lambda-kit.AppError')]: true,
      code: 'not_found',
      kind: 'not_found',
    });

    expect(isAppError(foreign)).toBe(true);
    expect(isAppError(new NotFoundError('x'))).toBe(true);
  });

  it('isAppError rejects look-alikes without the brand and non-objects', () => {
    expect(isAppError(Object.assign(new Error('x'), { code: 'not_found', kind: 'not_found' }))).toBe(false);
    expect(isAppError('not_found')).toBe(false);
    expect(isAppError(null)).toBe(false);
  });

  it('isAppError narrows by code when given one', () => {
    const error = new NotFoundError('m', { code: 'ingestion.jobNotFound' });

    expect([isAppError(error, 'ingestion.jobNotFound'), isAppError(error, 'not_found')]).toEqual([true, false]);
  });
});
