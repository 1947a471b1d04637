import { parseNNumber } from './parse-n-number';

describe('parseNNumber', () => {
  it.each([
    ['N12345', '12345'],
    ['12345', '12345'],
    ['n511cr', '511CR'],
    ['N1', '1'],
  ])('reads %j as %j', (input, nNumber) => {
    expect(parseNNumber(input)).toEqual({ nNumber });
  });

  it.each([
    ['N', 'N-number is empty'],
    ['', 'N-number is empty'],
    ['N0123', 'N-number must start with a digit 1-9'],
    ['N12O', 'letters I and O are not allowed in an N-number'],
    ['N123456', 'N-number longer than 5 characters'],
    ['N1#2', 'N-number must be digits optionally followed by up to 2 letters'],
  ])('rejects %j, saying why', (input, problem) => {
    expect(parseNNumber(input)).toEqual({ problem });
  });
});
