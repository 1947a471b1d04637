import type { RuleSummary } from '@aircraftops/local-runtime';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { startTestBus, waitFor } from '../../__fixtures__/local-bus.fixtures.test';
import type { TestBus } from '../../__fixtures__/local-bus.fixtures.test';
import { listRules } from './list-rules';

describe('rules list against a running local bus', () => {
  let platform: TestBus;

  beforeEach(async () => {
    platform = await startTestBus();
  });

  afterEach(() => platform.close());

  it('prints every rule with its DLQ depth once a consumer has failed', async () => {
    platform.failAudit = true;
    platform.put('AircraftRegistered', 'N1');
    await waitFor(() => platform.bus.describeRules().find((rule) => rule.name === 'audit-all')?.deadLetters, (n) => n === 1, 'a dead letter');
    const out = captureIo();

    await listRules({ endpoint: platform.endpoint }, out.io);

    const cells = (name: string) => (out.stdout().split('\n').find((line) => line.includes(` ${name} `)) ?? '').split('│').map((cell) => cell.trim());
    expect(cells('audit-all').slice(1, 6)).toEqual(['audit-all', '0', '0', '1', '1']);
    expect(cells('aircraft-rm').slice(1, 2)).toEqual(['aircraft-rm']);
  });

  it('prints the rule summaries as JSON with --json', async () => {
    const out = captureIo();

    await listRules({ endpoint: platform.endpoint, json: true }, out.io);

    const rules = JSON.parse(out.stdout()) as RuleSummary[];
    expect(rules.map((rule) => rule.name).sort()).toEqual(['aircraft-rm', 'audit-all']);
    expect(rules.find((rule) => rule.name === 'audit-all')).toMatchObject({
      eventPattern: { source: [{ prefix: 'aircraftops.' }] },
      dlqArn: 'arn:aws:sqs:us-east-1:000000000000:audit-all-dlq',
      maxReceiveCount: 1,
      available: 0,
      inFlight: 0,
      deadLetters: 0,
    });
  });

  it('fails with a clear message when nothing listens on the endpoint', async () => {
    const endpoint = platform.endpoint;
    await platform.stopServer();

    await expect(listRules({ endpoint }, captureIo().io)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/^Cannot reach the local EventBridge at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED\. Is `npm start` running\?$/),
    });
  });
});
