import { compileEventPattern } from './compile-event-pattern';

describe('compileEventPattern', () => {
  it('joins nested keys with dots, so nesting and dotted keys are interchangeable', () => {
    const nested = compileEventPattern({ detail: { state: { status: ['running'] } } });
    expect(nested.matches({ detail: { 'state.status': 'running' } })).toBe(true);
    const dotted = compileEventPattern({ detail: { 'state.status': ['running'] } });
    expect(dotted.matches({ detail: { state: { status: 'running' } } })).toBe(true);
  });

  it('expands $or into one branch per alternative, sorted by path', () => {
    const matcher = compileEventPattern({ z: ['1'], $or: [{ b: ['2'] }, { a: ['3'] }] });
    expect(matcher.branches.map((branch) => branch.map((leaf) => leaf.path))).toEqual([
      ['b', 'z'],
      ['a', 'z'],
    ]);
  });

  it('reuses one compiled pattern across many events', () => {
    const matcher = compileEventPattern({ detail: { n: [{ numeric: ['>', 10] }] } });
    const results = [5, 11, 10, 100].map((n) => matcher.matches({ detail: { n } }));
    expect(results).toEqual([false, true, false, true]);
  });

  it('lets a later duplicate path override an earlier one, as EventBridge does', () => {
    const matcher = compileEventPattern('{"a": ["1"], "a": ["2"]}');
    expect(matcher.matches({ a: '2' })).toBe(true);
    expect(matcher.matches({ a: '1' })).toBe(false);
  });

  it('matches an equal IP address spelled differently', () => {
    expect(compileEventPattern({ ip: ['2001:db8::1'] }).matches({ ip: '2001:0db8:0:0:0:0:0:1' })).toBe(true);
  });
});
