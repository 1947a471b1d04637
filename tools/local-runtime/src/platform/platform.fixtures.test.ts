import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createCoreEntities, createDocumentClient, createTables } from '@aircraftops/tables';
import type { SQSEvent } from 'aws-lambda';

import type { LocalSubscription } from '../eventbridge';
import type { PlatformOptions } from './platform-options';
import { type Platform, startPlatform } from './start-platform';

export type { Platform };

export interface Delivered {
  readonly detailType: string;
  readonly detail: Record<string, unknown> & { metadata: { eventId: string; entity: { id: string } } };
}

const probe: LocalSubscription = {
  name: 'test-probe',
  description: 'records every aircraft event the test platform delivers',
  eventPattern: { source: ['aircraftops.aircraft'] },
  batchSize: 10,
  maxReceiveCount: 3,
  visibilityTimeoutSeconds: 5,
};

export const aircraftInput = (nNumber: string) => ({
  nNumber,
  serialNumber: `SN-${nNumber}`,
  mfrMdlCode: '3390119',
  engMfrMdl: '52207',
  typeRegistrant: '7',
  registrant: { name: 'FWA LLC', city: 'LAS VEGAS', state: 'NV' },
  certification: '1U',
  typeAircraft: '4',
  typeEngine: '2',
  statusCode: 'V',
  uniqueId: '01386945',
  otherNames: [],
});

export const waitFor = async (condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Waits for an asynchronous condition (e.g. an HTTP read), checking every 250 ms. */
export const waitForAsync = async (condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

export const startWithProbe = async (
  home: string,
  persistDir: string | undefined,
  track: (platform: Platform) => void,
  ports: { dynamodbPort?: number; eventBridgePort?: number } = {},
  log?: (line: string) => void,
  extra: Partial<Pick<PlatformOptions, 'softDeleteRetentionSeconds' | 'streamBatchingWindowMs'>> = {},
) => {
  const delivered: Delivered[] = [];
  const invoke = async (event: SQSEvent): Promise<void> => {
    for (const record of event.Records) {
      const envelope = JSON.parse(record.body) as { 'detail-type': string; detail: Delivered['detail'] };
      delivered.push({ detailType: envelope['detail-type'], detail: envelope.detail });
    }
  };
  const platform = await startPlatform({
    port: 0,
    home,
    persistDir,
    publishState: false,
    extraSubscriptions: [{ subscription: probe, invoke }],
    log,
    ...ports,
    ...extra,
  });
  track(platform);
  const documentClient = createDocumentClient(platform.config);
  const { Aircraft } = createCoreEntities(createTables(documentClient, platform.config).CoreTable);
  return { platform, delivered, Aircraft, documentClient };
};


/**
 * A fresh home folder per test and the platform the test starts, stopped and removed after each test
 * (also when the test fails half-way).
 */
export const usePlatformHome = (): { home: () => string; track: (platform: Platform) => void } => {
  let home = '';
  let platform: Platform | undefined;
  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'platform-'));
  });
  afterEach(async () => {
    await platform?.stop();
    platform = undefined;
    rmSync(home, { recursive: true, force: true });
  });
  return { home: () => home, track: (started) => void (platform = started) };
};
