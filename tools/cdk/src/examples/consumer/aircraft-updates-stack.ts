import path from 'node:path';

import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { CfnRule, EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export interface AircraftUpdatesStackProps extends StackProps {
  /** arn:aws:events:<region>:<platform account>:event-bus/aircraftops */
  readonly platformBusArn: string;
}

/**
 * AircraftUpdated events of the AircraftOps platform → our bus → our queue (+ DLQ) → our function.
 * @example
 * new AircraftUpdatesStack(app, 'AircraftUpdates', { env, platformBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/aircraftops' });
 */
export class AircraftUpdatesStack extends Stack {
  constructor(scope: Construct, id: string, props: AircraftUpdatesStackProps) {
    super(scope, id, props);
    const pattern = { source: ['aircraftops.aircraft'], 'detail-type': ['AircraftUpdated'], detail: { metadata: { eventVersion: [1] } } };

    // Our bus, and the role EventBridge uses to forward from the platform's bus to it.
    const inbox = new EventBus(this, 'Inbox', { eventBusName: 'aircraftops-inbox' });
    const forwarder = new Role(this, 'Forwarder', { assumedBy: new ServicePrincipal('events.amazonaws.com') });
    inbox.grantPutEventsTo(forwarder);

    // Our rule on the platform's bus (it lives in the platform account; only our account can change it).
    new CfnRule(this, 'OnPlatformBus', {
      name: 'fleet-team-aircraft-updated',
      eventBusName: props.platformBusArn,
      eventPattern: pattern,
      state: 'ENABLED',
      targets: [{ id: 'inbox', arn: inbox.eventBusArn, roleArn: forwarder.roleArn }],
    });

    // Inbox → queue with a dead-letter queue → function with partial batch responses.
    const dlq = new Queue(this, 'Dlq', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    const queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(180), // at least 6 × the function timeout
      deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
    });
    new Rule(this, 'InboxToQueue', { eventBus: inbox, eventPattern: pattern, targets: [new SqsQueue(queue)] });

    // Our read model: the latest known state of each aircraft, written by version.
    const fleet = new TableV2(this, 'Fleet', { partitionKey: { name: 'nNumber', type: AttributeType.STRING }, billing: Billing.onDemand() });
    const handler = new NodejsFunction(this, 'OnAircraftUpdated', {
      entry: path.join(__dirname, 'on-aircraft-updated.ts'),
      runtime: Runtime.NODEJS_22_X,
      timeout: Duration.seconds(30),
      environment: { FLEET_TABLE: fleet.tableName },
    });
    fleet.grant(handler, 'dynamodb:PutItem');
    handler.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));
  }
}
