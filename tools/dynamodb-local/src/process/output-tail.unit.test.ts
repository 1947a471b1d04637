import { OutputTail } from './output-tail';

describe('OutputTail', () => {
  it('keeps only the last lines, oldest first', () => {
    const tail = new OutputTail(2);
    ['one', 'two', 'three'].forEach((line) => tail.push(line));

    expect(tail.lines()).toEqual(['two', 'three']);
    expect(tail.includes('thr')).toBe(true);
    expect(tail.includes('one')).toBe(false);
  });
});
