import type { ScheduleView } from '../model';
import type { NewSchedule, SchedulePage, ScheduleStore } from '../ports';

/**
 * A `ScheduleStore` in memory with the same conditional semantics as DynamoDB (version checks), for
 * use-case tests. `beforeWrite` lets a test make another runner win a race.
 */
export class InMemoryScheduleStore implements ScheduleStore {
  readonly items = new Map<string, ScheduleView>();
  beforeWrite: (scheduleId: string) => void = () => undefined;

  async create(schedule: NewSchedule): Promise<ScheduleView> {
    if (this.items.has(schedule.scheduleId)) throw new Error(`schedule ${schedule.scheduleId} exists`);
    const view: ScheduleView = { ...schedule, files: [...schedule.files], createdAt: new Date().toISOString(), version: 1 };
    this.items.set(schedule.scheduleId, view);
    return view;
  }

  async get(scheduleId: string): Promise<ScheduleView | undefined> {
    return this.items.get(scheduleId);
  }

  async remove(scheduleId: string): Promise<boolean> {
    return this.items.delete(scheduleId);
  }

  async list(query: { limit: number; nextToken?: string }): Promise<SchedulePage> {
    const all = this.sorted();
    const start = query.nextToken === undefined ? 0 : Number(query.nextToken);
    const items = all.slice(start, start + query.limit);
    return start + query.limit < all.length ? { items, nextToken: String(start + query.limit) } : { items };
  }

  async due(now: string, limit: number): Promise<ScheduleView[]> {
    return this.sorted()
      .filter((schedule) => (schedule.nextRunAt as string) <= now)
      .slice(0, limit);
  }

  async claimRun(scheduleId: string, run: { expectedVersion: number; lastRunAt: string; nextRunAt: string }) {
    const { expectedVersion, ...changes } = run;
    return this.update(scheduleId, expectedVersion, changes);
  }

  async recordJob(scheduleId: string, job: { expectedVersion: number; lastJobId: string }) {
    return this.update(scheduleId, job.expectedVersion, { lastJobId: job.lastJobId });
  }

  private update(scheduleId: string, expectedVersion: number, changes: Partial<ScheduleView>): ScheduleView | undefined {
    this.beforeWrite(scheduleId);
    const current = this.items.get(scheduleId);
    if (current === undefined || current.version !== expectedVersion) return undefined;
    const next = { ...current, ...changes, version: current.version + 1 };
    this.items.set(scheduleId, next);
    return next;
  }

  private sorted(): ScheduleView[] {
    return [...this.items.values()]
      .filter((schedule) => schedule.enabled && schedule.nextRunAt !== undefined)
      .sort((a, b) => `${a.nextRunAt}#${a.scheduleId}`.localeCompare(`${b.nextRunAt}#${b.scheduleId}`));
  }
}
