import { readFileSync } from 'node:fs';
import path from 'node:path';

import { AircraftUpdated } from '@aircraftops/event-contracts';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';

import { WORKSPACE_ROOT } from '../../config/workspace-root';
import { AircraftUpdatesStack } from './aircraft-updates-stack';
import { handler } from './on-aircraft-updated';

const PLATFORM_BUS = 'arn:aws:events:us-east-1:123456789012:event-bus/aircraftops';

/** The worked example of docs/consuming-events.md: what the page shows is what compiles, synthesises and runs. */
describe('docs/consuming-events.md worked example (a consumer of AircraftUpdated in another account)', () => {
  it.each(['aircraft-updates-stack.ts', 'on-aircraft-updated.ts', 'fleet-store.ts'])('the page shows %s unchanged', (file) => {
    const page = readFileSync(path.join(WORKSPACE_ROOT, 'docs/consuming-events.md'), 'utf8');
    expect(page).toContain(`\`\`\`ts\n${readFileSync(path.join(__dirname, file), 'utf8')}\`\`\``);
  });

  describe('the stack', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new AircraftUpdatesStack(app, 'Consumer', { env: { account: '111122223333', region: 'us-east-1' }, platformBusArn: PLATFORM_BUS });
    const template = Template.fromStack(stack);
    const id = (type: string, props?: unknown) => Object.keys(template.findResources(type, props ? { Properties: props } : undefined))[0] as string;

    it('puts its rule on the platform bus by ARN, forwarding to its own bus through its own role', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: PLATFORM_BUS,
        Name: 'fleet-team-aircraft-updated',
        EventPattern: { source: ['aircraftops.aircraft'], 'detail-type': ['AircraftUpdated'], detail: { metadata: { eventVersion: [1] } } },
        Targets: [{ Id: 'inbox', Arn: { 'Fn::GetAtt': [id('AWS::Events::EventBus'), 'Arn'] }, RoleArn: { 'Fn::GetAtt': [id('AWS::IAM::Role', { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'events.amazonaws.com' } })] }) }), 'Arn'] } }],
      });
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: { 'Fn::GetAtt': [id('AWS::Events::EventBus'), 'Arn'] } }] },
      });
    });

    it('routes its bus to an encrypted queue with a DLQ, consumed with partial batch responses', () => {
      template.hasResourceProperties('AWS::Events::Rule', { EventBusName: { Ref: id('AWS::Events::EventBus') }, Targets: [Match.objectLike({ Arn: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'Arn'] }) })] });
      template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 } });
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'], BatchSize: 10 });
    });
  });

  describe('the handler', () => {
    const dynamo = mockClient(DynamoDBDocumentClient);
    const sqsEventOf = (...details: unknown[]): SQSEvent =>
      ({ Records: details.map((detail, index) => ({ messageId: `m${index}`, body: JSON.stringify({ source: 'aircraftops.aircraft', 'detail-type': 'AircraftUpdated', detail }) })) }) as SQSEvent;
    beforeEach(() => {
      dynamo.reset();
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it('validates with the contracts package and writes the aircraft only if its version is newer', async () => {
      dynamo.on(PutCommand).resolves({});
      await expect(handler(sqsEventOf(AircraftUpdated.example))).resolves.toEqual({ batchItemFailures: [] });
      expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
        Item: { nNumber: AircraftUpdated.example.metadata.entity.id, version: AircraftUpdated.example.metadata.entity.version, lastEventId: AircraftUpdated.example.metadata.eventId },
        ConditionExpression: 'attribute_not_exists(version) OR version < :version',
      });
    });

    it('treats a redelivered or older event as done (the condition fails, nothing is retried)', async () => {
      dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
      await expect(handler(sqsEventOf(AircraftUpdated.example))).resolves.toEqual({ batchItemFailures: [] });
    });

    it('reports only the messages that failed: a contract violation and a storage error go to retry and then the DLQ', async () => {
      dynamo.on(PutCommand).rejectsOnce(new Error('throttled')).resolves({});
      const invalid = { ...AircraftUpdated.example, changes: {} };
      const result = await handler(sqsEventOf(AircraftUpdated.example, invalid, AircraftUpdated.example));
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }, { itemIdentifier: 'm1' }]);
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('"messageId":"m1"'));
    });
  });
});
