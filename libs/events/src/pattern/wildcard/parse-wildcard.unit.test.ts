import { parseWildcard } from './parse-wildcard';

describe('parseWildcard', () => {
  it('splits stars from literals and unescapes \\* and \\\\', () => {
    expect(parseWildcard('a*\\*\\\\')).toEqual({ tokens: ['a', null, '*', '\\'] });
  });

  it('allows an escaped star next to a wildcard star', () => {
    expect(parseWildcard('he\\**o')).toEqual({ tokens: ['h', 'e', '*', null, 'o'] });
  });

  it('rejects consecutive stars and dangling escapes with their position', () => {
    expect(parseWildcard('ab**')).toEqual({ error: 'Consecutive wildcard characters at pos 3' });
    expect(parseWildcard('ab\\')).toEqual({ error: 'Invalid escape character at pos 3' });
  });
});
