import { WILDCARD_COMPLEXITY_LIMIT, wildcardComplexity } from './wildcard-complexity';

describe('wildcardComplexity', () => {
  // Expected values are event-ruler's MachineComplexityEvaluatorTest (unquoted patterns).
  it.each([
    [['*'], 1],
    [['*aa'], 3],
    [['a*b'], 2],
    [['a*bbb'], 4],
    [['*ab*ad'], 4],
    [['a*b*bb'], 5],
    [['ab*c', 'x*xx'], 3],
    [['*abc', '*abcde'], 4],
    [['a*aaa', 'aa*aa'], 7],
    [['a*aaa', 'aaa*a'], 6],
    [['ab*cd', 'ab*wx', 'ab*yz'], 6],
    [['*ab*b*b*'], 7],
    [['*a*a*a*a*a*a*a*a*'], 17],
    [['ab*c', 'ab*c'], 2],
    [['abc'], 1],
  ])('counts %j as %i live wildcard prefixes', (patterns, expected) => {
    expect(wildcardComplexity(patterns, { quoted: false })).toBe(expected);
  });

  it('puts the EventBridge-rejected ARN wildcard over the limit and the accepted ones under it', () => {
    expect(wildcardComplexity(['*:*:*:*:*:event-bus/*'])).toBeGreaterThan(WILDCARD_COMPLEXITY_LIMIT);
    expect(wildcardComplexity(['/Users/*/dir/dir/dir/dir/dir/doc.txt'])).toBeLessThanOrEqual(WILDCARD_COMPLEXITY_LIMIT);
    expect(wildcardComplexity(['arn:aws:events:us-east-1:*:event-bus/*'])).toBeLessThanOrEqual(WILDCARD_COMPLEXITY_LIMIT);
  });

  it('has no complexity without wildcard patterns', () => {
    expect(wildcardComplexity([])).toBe(0);
  });
});
