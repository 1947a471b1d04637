import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ArchiveCorruptError } from './errors';
import type { EventBridgeEvent } from './event-bridge-event';
import { EventArchive } from './event-archive';

const event = (id: string): EventBridgeEvent => ({
  version: '0',
  id,
  'detail-type': 'AircraftUpdated',
  source: 'aircraftops.aircraft',
  account: '000000000000',
  time: '2024-01-01T00:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: {},
});

async function ids(archive: EventArchive, from: number, to: number): Promise<string[]> {
  const found: string[] = [];
  for await (const record of archive.between(from, to)) found.push(record.event.id);
  return found;
}

describe('EventArchive', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'archive-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['in memory', false], ['on disk', true]])('selects events by acceptance time, both ends inclusive (%s)', async (_mode, persisted) => {
    const archive = new EventArchive(persisted ? join(dir, 'archive.jsonl') : undefined);
    archive.append(event('a'), 100);
    archive.append(event('b'), 200);
    archive.append(event('c'), 300);
    expect(await ids(archive, 200, 300)).toEqual(['b', 'c']);
    expect(archive.size).toBe(3);
    archive.close();
  });

  it('reopens a persisted archive, cutting a torn last line so new appends stay readable', async () => {
    const path = join(dir, 'archive.jsonl');
    const first = new EventArchive(path);
    first.append(event('kept'), 100);
    first.close();
    appendFileSync(path, '{"archivedAt":200,"ev');

    const second = new EventArchive(path);
    expect(second.size).toBe(1);
    second.append(event('after-restart'), 300);
    expect(await ids(second, 0, 1_000)).toEqual(['kept', 'after-restart']);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    second.close();
  });

  it('refuses a corrupt line instead of skipping events silently', async () => {
    const path = join(dir, 'archive.jsonl');
    appendFileSync(path, 'garbage\n');
    const archive = new EventArchive(path);
    await expect(ids(archive, 0, 1)).rejects.toThrow(ArchiveCorruptError);
    archive.close();
  });
});
