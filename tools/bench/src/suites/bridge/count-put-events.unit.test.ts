import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import { LocalEventBus } from '@aircraftops/local-runtime';

import { countPutEvents } from './count-put-events';

const entry = (detailType: string) => ({ EventBusName: 'aircraftops', Source: 'aircraftops.aircraft', DetailType: detailType, Detail: '{}' });

describe('countPutEvents', () => {
  let bus: LocalEventBus;
  beforeEach(() => {
    bus = new LocalEventBus({ matcher: { match: testEventPattern, compile: compileEventPattern } });
  });
  afterEach(() => bus.close());

  it('counts calls, entries and rejected entries while the bus still accepts the events', () => {
    const { tally } = countPutEvents(bus);

    const result = bus.putEvents([entry('AircraftRegistered'), entry('AircraftUpdated'), { ...entry('X'), EventBusName: 'other' }]);
    bus.putEvents([entry('AircraftRegistered')]);

    expect(result.FailedEntryCount).toBe(1);
    expect(bus.archiveSize).toBe(3);
    expect(tally).toEqual({ calls: 2, entries: 4, failedEntries: 1 });
  });

  it('does not count a request the bus refuses as a whole, and stops counting once restored', () => {
    const { tally, restore } = countPutEvents(bus);

    expect(() => bus.putEvents('not a list')).toThrow();
    restore();
    bus.putEvents([entry('AircraftRegistered')]);

    expect(tally).toEqual({ calls: 0, entries: 0, failedEntries: 0 });
  });
});
