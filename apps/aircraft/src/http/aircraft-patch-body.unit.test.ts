import { aircraftPatchBody } from './aircraft-patch-body';
// The HTTP stack's English zod messages, which these tests read.
import '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

const issuesOf = (body: unknown) =>
  z.safeParse(aircraftPatchBody, body).error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('aircraftPatchBody', () => {
  it('accepts editable fields with trimmed text and null to clear a registrant field', () => {
    expect(z.parse(aircraftPatchBody, { expectedVersion: 2, registrant: { city: ' TOPEKA ', street2: null }, otherNames: ['A'] })).toEqual({
      expectedVersion: 2,
      registrant: { city: 'TOPEKA', street2: null },
      otherNames: ['A'],
    });
  });

  it.each([
    [{ expectedVersion: 2 }, [{ path: '', message: 'give at least one of statusCode, registrant, otherNames besides expectedVersion' }]],
    [{ statusCode: 'V' }, [{ path: 'expectedVersion', message: 'Invalid input: expected number, received undefined' }]],
    [{ expectedVersion: 0, statusCode: 'V' }, [{ path: 'expectedVersion', message: 'must be a version number (1 or more)' }]],
    [{ expectedVersion: 1, statusCode: 'Q' }, [{ path: 'statusCode', message: expect.stringContaining('Invalid option') }]],
    [{ expectedVersion: 1, registrant: { state: 'KAN' } }, [{ path: 'registrant.state', message: 'must be at most 2 characters' }]],
    [{ expectedVersion: 1, registrant: { name: '  ' } }, [{ path: 'registrant.name', message: 'must not be blank (send null to clear it)' }]],
    [{ expectedVersion: 1, otherNames: ['1', '2', '3', '4', '5', '6'] }, [{ path: 'otherNames', message: 'must have at most 5 names' }]],
    [{ expectedVersion: 1, statusCode: 'V', serialNumber: 'X' }, [{ path: '', message: 'Unrecognized key: "serialNumber"' }]],
  ])('rejects %j naming the problem', (body, issues) => {
    expect(issuesOf(body)).toEqual(issues);
  });
});
