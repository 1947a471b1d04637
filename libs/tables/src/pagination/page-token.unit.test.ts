import { InvalidPageTokenError, isTablesError, TablesError } from '../errors';
import { auditQueries, coreQueries, jobsQueries, SCHEDULE_ITEM, scheduleKeys } from '../keys';
import { checkStartKey } from './check-start-key';
import { decodePageToken } from './decode-page-token';
import { encodePageToken } from './encode-page-token';
import { MAX_PAGE_TOKEN_LENGTH, parsePageToken } from './parse-page-token';
import type { PageTokenExpectation } from './page-token-expectation';

/** Encodes anything, as a forger would; `encodePageToken` only takes objects. */
const tokenOf = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** The error a decode throws; fails the test when the token is accepted. */
const refusalOf = (decode: () => unknown): InvalidPageTokenError => {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPageTokenError);
    return error as InvalidPageTokenError;
  }
  throw new Error('the token was accepted');
};

const byModel = coreQueries.aircraftOfModel('2072738');
const modelKey = { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738', GSI2SK: 'AIRCRAFT#1' };
const errorsOfJob = jobsQueries.rowErrorsOfJob('job-1');
const errorKey = { PK: 'JOB#job-1', SK: 'ERROR#00#0000000042#*' };
const trail = auditQueries.trailOfEntity('Aircraft', '511CR');
const trailKey = { PK: 'ENTITY#Aircraft#511CR', SK: 'EVENT#2025-11-21T14:03:27.512Z#e1' };
const correlation: PageTokenExpectation = { ...auditQueries.byCorrelation('req-1'), tableKeyPrefixes: { partition: 'ENTITY#', sort: 'EVENT#' } };
const correlationKey = { ...trailKey, GSI3PK: 'CORRELATION#req-1', GSI3SK: '2025-11-21T14:03:27.512Z#e1' };
const schedules = { index: 'GSI1', partition: scheduleKeys.duePartition, tableKeyPrefixes: SCHEDULE_ITEM } as const;
const scheduleKey = { PK: 'SCHEDULE#s1', SK: 'SCHEDULE', GSI1PK: scheduleKeys.duePartition, GSI1SK: '2025-06-01T02:00:00.000Z#s1' };

describe('encodePageToken', () => {
  it('writes an opaque base64url token: no padding, no JSON visible', () => {
    expect(encodePageToken(modelKey)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('writes no token when DynamoDB returned no last key (the last page)', () => {
    expect(encodePageToken(undefined)).toBeUndefined();
  });
});

describe('decodePageToken', () => {
  it.each([
    ['a table query', errorsOfJob, errorKey],
    ['a table query with a sort-key prefix', trail, trailKey],
    ['an index query', byModel, modelKey],
    ['an index query with table-key prefixes', correlation, correlationKey],
    ['the schedule list', schedules, scheduleKey],
  ])('round-trips the last evaluated key of %s', (_case, query, key) => {
    expect(decodePageToken(encodePageToken(key), query)).toEqual(key);
  });

  it('keeps non-ASCII key values intact', () => {
    const key = { ...modelKey, PK: 'AIRCRAFT#Ünïcødé 🛩' };

    expect(decodePageToken(encodePageToken(key), byModel)).toEqual(key);
  });

  it('refuses with a tables error naming the field, the list and the reason', () => {
    const error = refusalOf(() => decodePageToken('abc+/=', byModel, 'query.nextToken'));

    expect(error).toBeInstanceOf(TablesError);
    expect(isTablesError(error, 'tables.invalidPageToken')).toBe(true);
    expect(error).toMatchObject({ name: 'InvalidPageTokenError', field: 'query.nextToken', reason: `expected 1-${MAX_PAGE_TOKEN_LENGTH} base64url characters` });
    expect(error.message).toBe(`query.nextToken is not a token of this list: expected 1-${MAX_PAGE_TOKEN_LENGTH} base64url characters`);
  });

  it('names the field nextToken by default', () => {
    expect(refusalOf(() => decodePageToken('', byModel)).field).toBe('nextToken');
  });

  it('keeps the JSON parser’s error as the cause', () => {
    expect(refusalOf(() => decodePageToken(Buffer.from('{nope').toString('base64url'), byModel)).cause).toBeInstanceOf(SyntaxError);
  });

  describe('refuses a token that is not one the codec wrote', () => {
    const lengthRule = `expected 1-${MAX_PAGE_TOKEN_LENGTH} base64url characters`;
    it.each([
      ['empty', '', lengthRule],
      ['characters outside base64url', 'abc+/=', lengthRule],
      ['a character outside base64url', 'abc$', lengthRule],
      ['longer than any real token', 'A'.repeat(MAX_PAGE_TOKEN_LENGTH + 1), lengthRule],
      ['base64url of bytes that are not JSON', Buffer.from('{nope').toString('base64url'), 'it does not decode to JSON'],
      ['long base64url that is not JSON', 'A'.repeat(8193), 'it does not decode to JSON'],
      ['a JSON array', tokenOf(['PK', 'SK']), 'it does not decode to a key'],
      ['a JSON string', tokenOf('PK'), 'it does not decode to a key'],
      ['JSON null', tokenOf(null), 'it does not decode to a key'],
      ['a numeric key value', tokenOf({ ...errorKey, SK: 7 }), 'SK is not a string of 1-1024 bytes'],
      ['an empty key value', tokenOf({ ...errorKey, PK: '' }), 'PK is not a string of 1-2048 bytes'],
      ['a partition key over 2048 bytes', tokenOf({ ...errorKey, PK: `JOB#${'é'.repeat(1023)}` }), 'PK is not a string of 1-2048 bytes'],
      ['a sort key over 1024 bytes', tokenOf({ ...errorKey, SK: `ERROR#${'x'.repeat(1019)}` }), 'SK is not a string of 1-1024 bytes'],
    ])('%s', (_case, token, reason) => {
      expect(refusalOf(() => decodePageToken(token, errorsOfJob)).reason).toBe(reason);
    });
  });

  describe('refuses a well-formed token of another list', () => {
    it.each<[string, PageTokenExpectation, unknown]>([
      ['missing the sort key', errorsOfJob, { PK: errorKey.PK }],
      ['missing an index key', byModel, { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738' }],
      ['with an index attribute on a table query', errorsOfJob, { ...errorKey, GSI1PK: 'x' }],
      ['with an extra attribute on an index query', byModel, { ...modelKey, GSI3PK: 'x' }],
      ['of another index', byModel, { PK: 'A', SK: 'B', GSI1PK: 'MODEL#2072738', GSI1SK: 'C' }],
      ['of an index, used on the table', trail, correlationKey],
      ['with only the partition key of the schedule list', schedules, { PK: 'x' }],
      ['of another job (table partition)', errorsOfJob, { ...errorKey, PK: 'JOB#job-2' }],
      ['of another model (index partition)', byModel, { ...modelKey, GSI2PK: 'MODEL#9999999' }],
      ['of another entity’s trail', trail, { ...trailKey, PK: 'ENTITY#Aircraft#999ZZ' }],
      ['of a job status partition, on the schedule list', schedules, { ...scheduleKey, GSI1PK: 'JOBSTATUS#QUEUED' }],
      ['of the job’s checkpoints, on its row errors (beginsWith)', errorsOfJob, { ...errorKey, SK: 'CHECKPOINT#00' }],
      ['of another file’s row errors (beginsWith)', jobsQueries.rowErrorsOfJob('job-1', 1), errorKey],
      ['just short of the sort-key prefix', trail, { ...trailKey, SK: 'EVENT' }],
      ['of another registrant prefix (index beginsWith)', coreQueries.aircraftByRegistrantPrefix('smith'), { ...modelKey, GSI2PK: undefined, GSI2SK: undefined, GSI3PK: 'REGISTRANT#S', GSI3SK: 'SANDERS#1' }],
      ['before a time-bounded query’s start (gte)', auditQueries.byActor('user', 'alice', { from: '2025-11-22T00:00:00.000Z' }), { ...trailKey, GSI1PK: 'ACTOR#user#alice', GSI1SK: '2025-11-21T14:03:27.512Z#e1' }],
      ['whose index position names an item of another kind', correlation, { ...correlationKey, PK: 'AIRCRAFT#511CR' }],
      ['of aircraft of a model, rewritten to name a model', byModel, { ...modelKey, PK: 'MODEL#2072738', SK: 'MODEL' }],
      ['of aircraft of a model, rewritten to name an image', byModel, { ...modelKey, SK: 'IMAGE#img-1' }],
      ['of jobs by status, rewritten to name a schedule', jobsQueries.jobsByStatus('QUEUED'), { PK: 'SCHEDULE#s1', SK: 'SCHEDULE', GSI1PK: 'JOBSTATUS#QUEUED', GSI1SK: '2025-06-01T02:00:00.000Z#s1' }],
      ['of the schedule list, rewritten to name a job', schedules, { ...scheduleKey, PK: 'JOB#j1', SK: 'JOB' }],
      ['of a manufacturer’s models, rewritten to name an engine', coreQueries.modelsOfManufacturer('CESSNA'), { PK: 'ENGINE#41514', SK: 'ENGINE', GSI1PK: 'MANUFACTURER#CESSNA', GSI1SK: 'MODEL#2072738' }],
      ['whose index position names another sort key kind', correlation, { ...correlationKey, SK: 'AIRCRAFT' }],
    ])('%s', (_case, query, key) => {
      // JSON drops undefined members: a way to delete attributes from a spread key.
      expect(refusalOf(() => decodePageToken(tokenOf(key), query)).reason).toBe('it belongs to another list');
    });
  });

  it('accepts a registrant position within the searched prefix', () => {
    const key = { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI3PK: 'REGISTRANT#S', GSI3SK: 'SMITHSON#1' };

    expect(decodePageToken(tokenOf(key), coreQueries.aircraftByRegistrantPrefix('smith'))).toEqual(key);
  });

  describe('checks every sort-key condition, in DynamoDB’s (UTF-8 byte) order', () => {
    const on = (range: PageTokenExpectation['range']): PageTokenExpectation => ({ partition: 'P', ...(range === undefined ? {} : { range }) });
    const at = (sortKey: string) => tokenOf({ PK: 'P', SK: sortKey });
    it.each<[PageTokenExpectation['range'], string, boolean]>([
      [{ eq: 'IMAGE' }, 'IMAGE', true],
      [{ eq: 'IMAGE' }, 'IMAGES', false],
      [{ between: ['b', 'd'] }, 'b', true],
      [{ between: ['b', 'd'] }, 'd', true],
      [{ between: ['b', 'd'] }, 'd#1', false],
      [{ between: ['b', 'd'] }, 'a', false],
      [{ gt: 'b' }, 'b', false],
      [{ gt: 'b' }, 'c', true],
      [{ gte: 'b' }, 'b', true],
      [{ lt: 'b' }, 'b', false],
      [{ lt: 'b' }, 'a', true],
      [{ lte: 'b' }, 'b', true],
      [{ lte: 'b' }, 'c', false],
      // A surrogate pair sorts below U+FFFF in UTF-16 but above it in UTF-8, as DynamoDB sorts it.
      [{ lte: '2025#\uffff' }, '2025#\u{1F6E9}', false],
      [{ lte: '2025#\uffff' }, '2025#e1', true],
      [undefined, 'anything', true],
    ])('%j against %j: accepted %s', (range, sortKey, accepted) => {
      const decode = () => decodePageToken(at(sortKey), on(range));

      if (accepted) expect(decode()).toEqual({ PK: 'P', SK: sortKey });
      else expect(refusalOf(decode).reason).toBe('it belongs to another list');
    });
  });
});

describe('parsePageToken and checkStartKey (tokens wrapping a key with list state)', () => {
  it('parse the wrapper, then check the key it holds against the list', () => {
    const running = jobsQueries.jobsByStatus('RUNNING');
    const runningKey = { PK: 'JOB#j9', SK: 'JOB', GSI1PK: 'JOBSTATUS#RUNNING', GSI1SK: '2025-06-01T00:00:00.000Z#j9' };
    const { list, key } = parsePageToken(encodePageToken({ list: 'RUNNING', key: runningKey }));

    expect(list).toBe('RUNNING');
    expect(checkStartKey(key, running)).toEqual(runningKey);
    expect(refusalOf(() => checkStartKey(key, jobsQueries.jobsByStatus('QUEUED'))).reason).toBe('it belongs to another list');
  });

  it('refuse a wrapped key that is not an object, naming the field', () => {
    const error = refusalOf(() => checkStartKey('PK', errorsOfJob, 'query.nextToken'));

    expect(error).toMatchObject({ field: 'query.nextToken', reason: 'it does not decode to a key' });
  });

  it('parse any JSON object, leaving its checks to the caller', () => {
    expect(parsePageToken(encodePageToken({ list: 'RUNNING', position: 3 }))).toEqual({ list: 'RUNNING', position: 3 });
    expect(refusalOf(() => parsePageToken(tokenOf([1]), 'query.nextToken'))).toMatchObject({ field: 'query.nextToken', reason: 'it does not decode to a key' });
  });
});
