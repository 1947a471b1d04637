import { describeJsonError } from './describe-json-error';
import { jsonErrorPosition } from './json-error-position';

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": }', 6],
    ['{"a":1', 6],
    ['{"a":1}x', 7],
    ['[1, 2,]', 6],
    ['{"a": tru}', 9],
    ['{"a": "x\\q"}', 9],
    ['{"a": 01}', 7],
    ['{a: 1}', 1],
    ['', 0],
  ])('locates the error in %j at %i', (text, position) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPosition(text)).toBe(position);
  });

  it.each(['{"a":[1,-2.5e3,true,null,{"b":"\\u00e9"}]}', ' 42 ', '"x"'])('finds nothing wrong in valid JSON %j', (text) => {
    expect(jsonErrorPosition(text)).toBeUndefined();
  });
});

describe('describeJsonError', () => {
  it('adds line and column and drops V8’s echo of the body', () => {
    const text = '{\n  "a": }';
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }

    expect(describeJsonError(text, message)).toBe("Unexpected token '}' at position 9 (line 2, column 8)");
  });
});
