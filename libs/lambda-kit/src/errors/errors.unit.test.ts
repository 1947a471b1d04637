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
    [new UnauthorizedError('m'), 'UnauthorizedError', 'unauthorized', 401],
    [new ForbiddenError('m'), 'ForbiddenError', 'forbidden', 403],
    [new NotFoundError('m'), 'NotFoundError', 'not_found', 404],
    [new ConflictError('m'), 'ConflictError', 'conflict', 409],
    [new PayloadTooLargeError('m'), 'PayloadTooLargeError', 'payload_too_large', 413],
    [new UnsupportedMediaTypeError('m'), 'UnsupportedMediaTypeError', 'unsupported_media_type', 415],
    [new ConfigurationError('m'), 'ConfigurationError', 'configuration', 500],
  ])('%s has its name, code and status', (error, name, code, statusCode) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ name, code, statusCode, message: 'm' });
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

    expect(error).toMatchObject({ statusCode: 400, code: 'validation', message: 'Invalid request: body.nNumber: Required; query.limit: Too big' });
    expect(error.details).toHaveLength(2);
  });

  it('ValidationError refuses to exist without details', () => {
    expect(() => new ValidationError([])).toThrow(TypeError);
  });

  it('isAppError recognises an AppError from another copy of the package by its registry brand', () => {
    const foreign = Object.assign(new Error('from another bundle'), {
      [Symbol.for('aircraftops.lambda-kit.AppError')]: true,
      code: 'not_found',
      statusCode: 404,
    });

    expect(isAppError(foreign)).toBe(true);
    expect(isAppError(new NotFoundError('x'))).toBe(true);
  });

  it('isAppError rejects look-alikes without the brand and non-objects', () => {
    expect(isAppError(Object.assign(new Error('x'), { code: 'not_found', statusCode: 404 }))).toBe(false);
    expect(isAppError('not_found')).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
});
