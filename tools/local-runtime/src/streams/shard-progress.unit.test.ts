import { ShardProgress } from './shard-progress';

describe('ShardProgress', () => {
  it('moves the checkpoint only over a prefix of finished records', () => {
    const progress = new ShardProgress();
    progress.add(['101', '102', '103', '104']);

    progress.finish(['103', '104']);
    expect(progress.advance()).toBeUndefined();

    progress.finish(['101']);
    expect(progress.advance()).toBe('101');

    progress.finish(['102']);
    expect(progress.advance()).toBe('104');
    expect(progress.size).toBe(0);
  });

  it('keeps the records read after a finished prefix pending', () => {
    const progress = new ShardProgress();
    progress.add(['1', '2']);
    progress.finish(['1', '2']);
    progress.add(['3']);

    expect(progress.advance()).toBe('2');
    expect(progress.size).toBe(1);
    expect(progress.advance()).toBeUndefined();
  });

  it('still orders correctly after compacting a long history', () => {
    const progress = new ShardProgress();
    const all = Array.from({ length: 5_000 }, (_, i) => String(1_000_000 + i));
    progress.add(all);
    progress.finish(all.slice(0, 4_000));
    expect(progress.advance()).toBe(all[3_999]);

    progress.finish(all.slice(4_500));
    expect(progress.advance()).toBeUndefined();
    progress.finish(all.slice(4_000, 4_500));
    expect(progress.advance()).toBe(all[4_999]);
  });

  it('forgets everything on clear', () => {
    const progress = new ShardProgress();
    progress.add(['1']);
    progress.finish(['1']);
    progress.clear();

    expect(progress.advance()).toBeUndefined();
    expect(progress.size).toBe(0);
  });
});
