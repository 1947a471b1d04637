import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import type { IngestionApiClient } from '../jobs';
import { formatSchedulesTable } from './format-schedules';
import { parseFilesOption } from './parse-schedule-options';
import { addScheduleAction } from './schedules-actions';

describe('parseFilesOption', () => {
  it('splits and trims comma-separated keys, refusing empty entries (exit 2)', () => {
    expect(parseFilesOption('faa/MASTER.txt, faa/ACFTREF.txt')).toEqual([{ key: 'faa/MASTER.txt' }, { key: 'faa/ACFTREF.txt' }]);
    expect(() => parseFilesOption('faa/MASTER.txt,,x')).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('formatSchedulesTable', () => {
  it('shows cron, zone, files and runs', () => {
    const text = formatSchedulesTable({
      items: [
        { scheduleId: 's1', name: 'nightly', cron: '0 2 * * *', timezone: 'UTC', files: [{ kind: 'MASTER', name: 'M', key: 'faa/MASTER.txt' }], enabled: true, nextRunAt: '2025-06-02T02:00:00.000Z' },
      ],
    });

    expect(text).toMatch(/s1\s*│\s*nightly\s*│\s*0 2 \* \* \*\s*│\s*UTC\s*│\s*faa\/MASTER.txt\s*│\s*2025-06-02T02:00:00.000Z/);
    expect(formatSchedulesTable({ items: [] })).toBe('No schedules.\n');
  });
});

describe('addScheduleAction', () => {
  it('sends name, cron, zone and keys, and prints the next run', async () => {
    const sent: unknown[] = [];
    const api = {
      addSchedule: async (input: { cron: string; timezone?: string }) => {
        sent.push(input);
        return { scheduleId: 's1', ...input, timezone: input.timezone ?? 'UTC', nextRunAt: '2025-06-02T07:00:00.000Z' };
      },
    } as unknown as IngestionApiClient;
    const out = captureIo();

    await addScheduleAction({ name: 'nightly', cron: '0 2 * * *', files: 'faa/MASTER.txt', timezone: 'America/Chicago' }, out.io, async () => api);

    expect(sent).toEqual([{ name: 'nightly', cron: '0 2 * * *', files: [{ key: 'faa/MASTER.txt' }], timezone: 'America/Chicago' }]);
    expect(out.stdout()).toBe('Schedule s1 added: "0 2 * * *" (America/Chicago), next run 2025-06-02T07:00:00.000Z.\n');
  });
});
