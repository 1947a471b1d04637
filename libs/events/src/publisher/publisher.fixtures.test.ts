import type { PutEventsRequestEntry, PutEventsResponse, PutEventsResultEntry } from '@aws-sdk/client-eventbridge';

import type { PublishEntry } from './publish-types';

/** An entry whose detail carries its sequence number, so the fake bus and the assertions can tell entries apart. */
export function anEntry(seq: number, overrides: Partial<PublishEntry> = {}): PublishEntry {
  return { source: 'aircraftops.aircraft', detailType: 'AircraftUpdated', detail: { seq }, ...overrides };
}

/** An entry whose PutEvents size is exactly `bytes`. */
export function anEntryOfSize(seq: number, bytes: number): PublishEntry {
  const base = anEntry(seq, { detail: { seq, pad: '' } });
  const overhead = base.source.length + base.detailType.length + JSON.stringify(base.detail).length;
  return { ...base, detail: { seq, pad: 'x'.repeat(bytes - overhead) } };
}

export function seqOf(entry: PutEventsRequestEntry): number {
  return (JSON.parse(entry.Detail ?? '{}') as { seq: number }).seq;
}

/**
 * A stand-in for the bus: answers each PutEvents input entry by entry, failing the entries `decide` names
 * with the given code, and remembers which sequence numbers each call carried.
 */
export function fakeBus(decide: (seq: number, call: number) => string | undefined = () => undefined) {
  const calls: number[][] = [];
  const respond = (input: { Entries: PutEventsRequestEntry[] }): PutEventsResponse => {
    const call = calls.length + 1;
    const seqs = input.Entries.map(seqOf);
    calls.push(seqs);
    const Entries: PutEventsResultEntry[] = seqs.map((seq) => {
      const errorCode = decide(seq, call);
      return errorCode ? { ErrorCode: errorCode, ErrorMessage: `${errorCode} for ${seq}` } : { EventId: `evt-${seq}` };
    });
    return { FailedEntryCount: Entries.filter((entry) => entry.ErrorCode).length, Entries };
  };
  return { calls, respond };
}

export function awsError(name: string, fault: 'client' | 'server', message = name): Error {
  return Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: fault === 'client' ? 400 : 500 } });
}
