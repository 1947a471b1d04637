import { approximateCreationSeconds } from './approximate-creation-seconds';

describe('approximateCreationSeconds', () => {
  const minute = 1_764_085_020;

  it('is the read second, rounded down as AWS rounds, when read within the stamped minute', () => {
    expect(approximateCreationSeconds(minute, (minute + 11) * 1000 + 999)).toBe(minute + 11);
  });

  it('never goes past the end of the stamped minute when read late (a backlog)', () => {
    expect(approximateCreationSeconds(minute, (minute + 600) * 1000)).toBe(minute + 59);
  });

  it('never goes before the stamp (clock skew between the JVM and Node)', () => {
    expect(approximateCreationSeconds(minute, (minute - 2) * 1000)).toBe(minute);
  });

  it('keeps a stamp that is not minute-aligned, and the stamp when no read time is known', () => {
    expect(approximateCreationSeconds(minute + 7, (minute + 30) * 1000)).toBe(minute + 7);
    expect(approximateCreationSeconds(minute, undefined)).toBe(minute);
  });
});
