import { DELIVERY_STREAM_ENV, environmentOf, localResourceNames, routesOf, subscriptionsOf } from '@aircraftops/declarations';
import { eventCatalog, testEventPattern } from '@aircraftops/events';
import { existsSync } from 'node:fs';

import { contractEvent, eventBridgeEvent } from './__fixtures__/events.fixtures.test';
import { manifest } from './manifest';

const subscription = subscriptionsOf(manifest)[0];

describe('audit manifest', () => {
  it('subscribes to every catalog event, and to future platform sources', () => {
    const pattern = subscription?.eventPattern ?? {};

    for (const contract of eventCatalog) expect(testEventPattern(pattern, contractEvent(contract))).toBe(true);
    expect(testEventPattern(pattern, eventBridgeEvent({ source: 'aircraftops.hangars', detailType: 'HangarOpened' }))).toBe(true);
  });

  it('does not subscribe to other sources', () => {
    expect(testEventPattern(subscription?.eventPattern ?? {}, eventBridgeEvent({ source: 'aws.s3', detailType: 'Object Created' }))).toBe(false);
  });

  it('points every route and subscription at a handler module that exports it', async () => {
    const refs = [...routesOf(manifest).map((route) => route.handler), ...subscriptionsOf(manifest).map((s) => s.handler)];

    for (const ref of refs) {
      expect(existsSync(ref.module)).toBe(true);
      // Importing builds the handlers but opens no connection: tables and clients bind lazily.
      const module = (await import(ref.module)) as Record<string, unknown>;
      expect(typeof module[ref.export]).toBe('function');
    }
  });

  it('declares read-only auditor routes, unique per method and path', () => {
    const keys = routesOf(manifest).map((route) => `${route.method} ${route.path}`);

    expect(new Set(keys).size).toBe(keys.length);
    expect(routesOf(manifest).every((route) => route.method === 'GET' && route.role === 'auditor')).toBe(true);
  });
});

describe('audit manifest: analytics export', () => {
  const exporter = manifest.functions.find((fn) => fn.name === 'audit-export-analytics');

  it('puts into the audit analytics delivery stream only, with no object or table access', () => {
    expect(exporter?.access).toEqual({ firehose: [{ stream: 'audit-analytics' }] });
  });

  it('reads the stream name from the variable the declarations give it', async () => {
    const { ANALYTICS_STREAM_ENV } = await import('./wiring');

    expect(environmentOf('audit', exporter!, localResourceNames({ region: 'us-east-1' }))).toHaveProperty(ANALYTICS_STREAM_ENV, 'aircraftops-audit-analytics-local');
    expect(DELIVERY_STREAM_ENV['audit-analytics']).toBe(ANALYTICS_STREAM_ENV);
  });
});
