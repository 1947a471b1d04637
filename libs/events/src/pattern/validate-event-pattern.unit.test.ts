import { InvalidEventError } from './errors/invalid-event-error';
import { InvalidEventPatternError } from './errors/invalid-event-pattern-error';
import { testEventPattern } from './test-event-pattern';
import { validateEventPattern } from './validate-event-pattern';

function rejection(pattern: Parameters<typeof validateEventPattern>[0]): InvalidEventPatternError {
  try {
    validateEventPattern(pattern);
  } catch (error) {
    if (InvalidEventPatternError.is(error)) return error;
    throw error;
  }
  throw new Error(`pattern was accepted: ${JSON.stringify(pattern)}`);
}

describe('validateEventPattern', () => {
  it.each([
    ['a pattern that is not an object', '[1, 2]', 'Filter is not an object'],
    ['a bare value instead of a list', { source: 'aws.ec2' }, '"source" must be an object or an array'],
    ['an empty list', { resources: [] }, 'Empty arrays are not allowed'],
    ['an empty object', { detail: {} }, 'Empty objects are not allowed'],
    ['a nested list', { a: [['x']] }, 'Match value must be String, number, true, false, or null'],
    ['an unknown operator', { a: [{ EXISTS: true }] }, 'Unrecognized match type EXISTS'],
    ['two keys in a match expression', { a: [{ prefix: 'x', suffix: 'y' }] }, 'Only one key allowed in match expression'],
    ['a non-string prefix', { a: [{ prefix: 1 }] }, 'prefix match pattern must be a string'],
    ['an unknown prefix modifier', { a: [{ prefix: { x: 'y' } }] }, 'Unsupported prefix pattern: x'],
    ['a list for equals-ignore-case', { a: [{ 'equals-ignore-case': ['x'] }] }, 'equals-ignore-case match pattern must be a string'],
    ['a numeric operand that is not a list', { a: [{ numeric: 10 }] }, 'Value of numeric must be an array.'],
    ['a repeated lower bound', { a: [{ numeric: ['>', 0, '>', 0] }] }, 'Bad numeric range operator: >'],
    ['a missing upper value', { a: [{ numeric: ['>', 0, '<'] }] }, 'Value of < must be numeric'],
    ['an empty range', { a: [{ numeric: ['>', 1, '<', 1] }] }, 'Bottom must be less than top'],
    ['an unknown numeric operator', { a: [{ numeric: ['==', 1] }] }, 'Unrecognized numeric range operator: =='],
    ['a string exists', { a: [{ exists: 'yes' }] }, 'exists match pattern must be either true or false.'],
    ['a CIDR without a mask', { a: [{ cidr: '10.0.0.1' }] }, "Malformed CIDR, one '/' required"],
    ['a CIDR with a bad address', { a: [{ cidr: 'xx.11.xx/8' }] }, 'Nonstandard IP address: xx.11.xx'],
    ['an IPv4 mask over 32 bits', { a: [{ cidr: '10.0.0.0/33' }] }, 'IPv4 mask bits must be <= 32'],
    ['consecutive wildcards', { a: [{ wildcard: 'abc**def' }] }, 'Consecutive wildcard characters at pos 4'],
    ['an invalid escape', { a: [{ wildcard: 'he\\llo' }] }, 'Invalid escape character at pos 3'],
    ['null in anything-but', { a: [{ 'anything-but': null }] }, 'Value of anything-but must be an array or single string/number value.'],
    ['a mixed anything-but list', { a: [{ 'anything-but': ['a', 1] }] }, 'Inside anything but list, either all values are number or string, mixed type is not supported'],
    ['an empty anything-but prefix', { a: [{ 'anything-but': { prefix: '' } }] }, 'Null prefix/suffix not allowed'],
    ['a number in anything-but equals-ignore-case', { a: [{ 'anything-but': { 'equals-ignore-case': 1 } }] }, 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.'],
    ['an operator name as a field inside $or', { $or: [{ prefix: ['a'] }, { b: ['c'] }] }, 'prefix is Ruler reserved fieldName which cannot be used inside $or.'],
    ['a $or with one alternative', { $or: [{ a: ['1'] }] }, 'Unrecognized match type a'],
    [
      'a wildcard that keeps too many partial matches alive',
      { EventBusArn: [{ wildcard: '*:*:*:*:*:event-bus/*' }] },
      'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
    ],
  ])('rejects %s', (_label, pattern, reason) => {
    expect(rejection(pattern as Parameters<typeof validateEventPattern>[0]).reason).toBe(reason);
  });

  it('reports text that is not JSON the way EventBridge does', () => {
    expect(rejection("{'bad': 'quotation'}").reason).toBe(
      "Unexpected character (''' (code 39)): was expecting double-quote to start field name",
    );
    expect(rejection('this is not json').reason).toMatch(/^Unrecognized token 'this'/);
  });

  it('formats the message like AWS and says where the problem is', () => {
    const error = rejection({ detail: { state: [{ prefix: 7 }] } });
    expect(error).toBeInstanceOf(InvalidEventPatternError);
    expect(error.name).toBe('InvalidEventPatternException');
    expect(error.code).toBe('InvalidEventPatternException');
    expect(error.location).toBe('$.detail.state[0].prefix');
    expect(error.message).toBe(
      'Event pattern is not valid. Reason: prefix match pattern must be a string\n at $.detail.state[0].prefix',
    );
  });

  it('accepts the documented operators, JSON text included', () => {
    expect(() =>
      validateEventPattern(
        JSON.stringify({
          source: [{ prefix: '' }],
          detail: {
            a: [{ 'anything-but': { wildcard: ['*/x/*', 'y*'] } }],
            b: [{ numeric: ['>=', 0, '<', 1e9] }],
            c: [{ cidr: '2001:db8::/32' }],
            $or: [{ d: [{ exists: false }] }, { e: [null, true, 1, 'x'] }],
          },
        }),
      ),
    ).not.toThrow();
  });

  it('treats a $or that is not a list of alternatives as a field named "$or"', () => {
    expect(testEventPattern({ $or: ['x'] }, { $or: 'x' })).toBe(true);
  });
});

describe('testEventPattern event input', () => {
  it('rejects an event that is not a JSON object', () => {
    expect(() => testEventPattern({ a: ['1'] }, '[1]')).toThrow(InvalidEventError);
    expect(() => testEventPattern({ a: ['1'] }, '{nope')).toThrow(/^Event is not valid\. Reason: /);
  });
});
