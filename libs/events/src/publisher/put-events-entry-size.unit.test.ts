import { putEventsEntrySize } from './put-events-entry-size';

describe('putEventsEntrySize', () => {
  it('counts the UTF-8 bytes of Source, DetailType and Detail', () => {
    expect(putEventsEntrySize({ Source: 'src', DetailType: 'Type', Detail: '{"a":"é"}' })).toBe(3 + 4 + 10);
  });

  it('adds 14 bytes for Time and the bytes of each resource', () => {
    const size = putEventsEntrySize({
      Source: 's',
      DetailType: 'T',
      Detail: '{}',
      Time: new Date(0),
      Resources: ['arn:1', 'arn:✈'],
    });

    expect(size).toBe(1 + 1 + 2 + 14 + 5 + 7);
  });

  it('ignores fields EventBridge does not count', () => {
    expect(putEventsEntrySize({ Source: 's', DetailType: 'T', Detail: '{}', EventBusName: 'a-long-bus-name', TraceHeader: 'x' })).toBe(4);
  });
});
