import { streamSummary } from '../../__fixtures__/streams.fixtures.test';
import { formatIteratorAge } from './format-iterator-age';
import { formatStreamsTable } from './format-streams-table';

const cells = (text: string, name: string): string[] =>
  (text.split('\n').find((line) => line.includes(` ${name} `)) ?? '').split('│').map((cell) => cell.trim());

describe('formatStreamsTable', () => {
  it('shows each consumer with its counters, iterator age and on-failure depth', () => {
    const text = formatStreamsTable([streamSummary(), streamSummary({ name: 'audit-stream', onFailureDepth: 0, stats: { ...streamSummary().stats, iteratorAgeMs: undefined } })]);

    expect(cells(text, 'stream-bridge')).toEqual(['', 'stream-bridge', 'core', '12', '4', '30', '24', '2', '3', '1.5 s', '1', '']);
    expect(cells(text, 'audit-stream').slice(9, 11)).toEqual(['–', '0']);
  });

  it('points at `streams failures` only for consumers that have on-failure records', () => {
    const text = formatStreamsTable([streamSummary({ onFailureDepth: 2 }), streamSummary({ name: 'audit-stream', onFailureDepth: 0 })]);

    expect(text.endsWith('stream-bridge gave up on 2 batches; see them with: aircraftops streams failures stream-bridge\n')).toBe(true);
    expect(text).not.toContain('streams failures audit-stream');
  });

  it('says so when no consumer runs', () => {
    expect(formatStreamsTable([])).toBe('No stream consumers are running.\n');
  });
});

describe('formatIteratorAge', () => {
  it.each([
    [undefined, '–'],
    [0, '0 ms'],
    [999, '999 ms'],
    [1500, '1.5 s'],
    [61_000, '1 min 1 s'],
    [3_720_000, '1 h 2 min'],
  ])('formats %p ms as %p', (ms, text) => {
    expect(formatIteratorAge(ms)).toBe(text);
  });
});
