import { aircraftListQuery } from './aircraft-list-query';
// The HTTP stack's English zod messages, which these tests read.
import '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

const issuesOf = (query: Record<string, string>) =>
  z.safeParse(aircraftListQuery, query).error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('aircraftListQuery', () => {
  it('reads a model filter, upper-cased, with the default page size', () => {
    expect(z.parse(aircraftListQuery, { model: '2072738' })).toEqual({
      filter: { by: 'model', mfrMdlCode: '2072738' },
      page: { limit: 25, nextToken: undefined },
    });
  });

  it('normalizes a registrant prefix the way the key builder does', () => {
    expect(z.parse(aircraftListQuery, { registrant: '  smith   av ', limit: '10', nextToken: 'e30' })).toEqual({
      filter: { by: 'registrant', namePrefix: 'SMITH AV' },
      page: { limit: 10, nextToken: 'e30' },
    });
  });

  it('reads an expiry month', () => {
    expect(z.parse(aircraftListQuery, { expiring: '2027-01' }).filter).toEqual({ by: 'expiring', month: '2027-01' });
  });

  it.each([
    [{}, [{ path: '', message: 'give exactly one of model, registrant, expiring' }]],
    [{ model: '2072738', expiring: '2027-01' }, [{ path: '', message: 'give exactly one of model, registrant, expiring' }]],
    [{ registrant: '   ' }, [{ path: 'registrant', message: 'must have at least 1 character other than spaces' }]],
    [{ expiring: '2027-13' }, [{ path: 'expiring', message: 'must be a month YYYY-MM' }]],
    [{ model: '207#738' }, [{ path: 'model', message: 'must be 7 characters 0-9/A-Z (FAA aircraft make/model/series code)' }]],
    [{ model: '2072738', limit: '0' }, [{ path: 'limit', message: 'must be an integer from 1 to 100' }]],
    [{ model: '2072738', limit: '101' }, [{ path: 'limit', message: 'must be an integer from 1 to 100' }]],
    [{ model: '2072738', limit: '2.5' }, [{ path: 'limit', message: 'must be an integer from 1 to 100' }]],
    [{ model: '2072738', modle: 'x' }, [{ path: '', message: 'Unrecognized key: "modle"' }]],
  ])('rejects %j naming the problem', (query, issues) => {
    expect(issuesOf(query)).toEqual(issues);
  });
});
