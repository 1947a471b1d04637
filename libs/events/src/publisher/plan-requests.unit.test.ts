import { MAX_REQUEST_BYTES } from './limits';
import { planRequests } from './plan-requests';

const indicesOf = (steps: ReturnType<typeof planRequests>) =>
  steps.map((step) => (step.kind === 'request' ? step.indices : `tooLarge:${step.index}`));

describe('planRequests', () => {
  it('closes a request at 10 entries', () => {
    const steps = planRequests(Array.from({ length: 25 }, () => 10));

    expect(steps.map((step) => (step.kind === 'request' ? step.indices.length : 0))).toEqual([10, 10, 5]);
  });

  it('closes a request before it would exceed the byte limit, and fills one exactly to it', () => {
    const half = MAX_REQUEST_BYTES / 2;

    expect(indicesOf(planRequests([half, half, 1]))).toEqual([[0, 1], [2]]);
    expect(indicesOf(planRequests([half, half + 1, half - 1]))).toEqual([[0], [1, 2]]);
  });

  it('makes an entry over the limit a step of its own, in place, without reordering the others', () => {
    expect(indicesOf(planRequests([5, 5, MAX_REQUEST_BYTES + 1, 5]))).toEqual([[0, 1], 'tooLarge:2', [3]]);
  });

  it('plans nothing for no entries', () => {
    expect(planRequests([])).toEqual([]);
  });
});
