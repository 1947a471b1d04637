import { Chaos } from './chaos';

describe('Chaos', () => {
  it('injects each kind at about its rate, the same faults for the same seed', () => {
    const draw = (seed: string) => {
      const chaos = new Chaos({ rate: 0.1, seed });
      return Array.from({ length: 10_000 }, () => chaos.inject('consumerThrottle'));
    };
    const first = draw('42');
    expect(draw('42')).toEqual(first);
    expect(draw('43')).not.toEqual(first);
    const hits = first.filter(Boolean).length;
    expect(hits).toBeGreaterThan(900);
    expect(hits).toBeLessThan(1100);
  });

  it("keeps one kind's decisions independent of how often the others are asked", () => {
    const quiet = new Chaos({ rate: 0.5, seed: 's' });
    const busy = new Chaos({ rate: 0.5, seed: 's' });
    for (let n = 0; n < 17; n += 1) busy.inject('redelivery');
    expect(Array.from({ length: 50 }, () => busy.inject('putEventsFailure'))).toEqual(Array.from({ length: 50 }, () => quiet.inject('putEventsFailure')));
  });

  it('counts what it injected, never at rate 0 and always at rate 1', () => {
    const never = new Chaos({ rate: 0 });
    const always = new Chaos({ rate: 1 });
    for (let n = 0; n < 100; n += 1) {
      never.inject('duplicateDelivery');
      always.inject('duplicateDelivery');
    }
    expect(never.counts().duplicateDelivery).toBe(0);
    expect(always.counts()).toEqual({ putEventsFailure: 0, consumerThrottle: 0, duplicateDelivery: 100, redelivery: 0 });
  });

  it('refuses a rate outside 0–1', () => {
    expect(() => new Chaos({ rate: 10 })).toThrow('Chaos rate must be a number from 0 to 1, got 10.');
  });
});
