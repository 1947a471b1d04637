import { testEventPattern } from '@aircraftops/events';

import { matcher } from './bus.fixtures.test';
import { compilePattern } from './compile-pattern';
import { InvalidEventPatternError } from './errors';

const event = { source: 'aircraftops.aircraft', 'detail-type': 'AircraftUpdated', detail: { status: 'ACTIVE' } };

describe('compilePattern', () => {
  it.each([
    ['compiled once', matcher],
    ['match-only', { match: testEventPattern }],
  ])('matches events with the injected matcher (%s)', (_mode, injected) => {
    const compiled = compilePattern({ source: ['aircraftops.aircraft'], detail: { status: [{ prefix: 'ACT' }] } }, injected);
    expect(compiled.matches(event)).toBe(true);
    expect(compiled.matches({ ...event, detail: { status: 'RETIRED' } })).toBe(false);
  });

  it.each([
    ['compiled once', matcher],
    ['match-only', { match: testEventPattern }],
  ])('rejects a pattern the matcher rejects, keeping EventBridge\'s wording once (%s)', (_mode, injected) => {
    const compile = () => compilePattern({ source: 'aircraftops.aircraft' }, injected);
    expect(compile).toThrow(InvalidEventPatternError);
    expect(compile).toThrow(/^Event pattern is not valid\. Reason: (?!Event pattern)/);
  });

  it('prefixes a bare reason from a matcher that does not word its errors', () => {
    const compile = () =>
      compilePattern({ a: ['b'] }, { match: () => { throw new Error('unsupported operator'); } });
    expect(compile).toThrow('Event pattern is not valid. Reason: unsupported operator');
  });

  it.each([
    ['a non-object', ['a'], 'the pattern must be a JSON object.'],
    ['an empty object', {}, 'the pattern must not be empty.'],
    ['a pattern over 4096 characters', { source: ['x'.repeat(4100)] }, /the limit is 4096\.$/],
  ])('rejects %s', (_name, pattern, message) => {
    expect(() => compilePattern(pattern, matcher)).toThrow(message);
  });
});
