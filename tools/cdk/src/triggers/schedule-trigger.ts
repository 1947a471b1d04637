import type { ScheduleDeclaration } from '@aircraftops/declarations';
import { Duration, Stack } from 'aws-cdk-lib';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';

import type { DeclaredFunction } from '../functions/declared-function';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource';
import { deadLetterQueue } from './encrypted-queue';

/** A declared schedule and its function (see `ScheduleTrigger`). */
export interface ScheduleTriggerProps {
  readonly schedule: ScheduleDeclaration;
  readonly fn: DeclaredFunction;
}

/**
 * A declared schedule: an EventBridge Scheduler schedule with the declared expression invoking the
 * function; an invocation Scheduler cannot make lands in a DLQ with a depth alarm. A late tick is
 * worthless (the next one comes), hence the short maximum event age.
 * @example
 * new ScheduleTrigger(this, 'Schedule', { schedule, fn });
 */
export class ScheduleTrigger extends Construct {
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, { schedule, fn }: ScheduleTriggerProps) {
    super(scope, id);
    // The function's own asynchronous DLQ also takes the invocations Scheduler could not make.
    const dlq = fn.asyncDeadLetterQueue ?? deadLetterQueue(this, 'Dlq', schedule.name).queue;
    this.schedule = new Schedule(this, 'Schedule', {
      description: `${schedule.name}: ${schedule.description}`,
      schedule: ScheduleExpression.expression(schedule.expression),
      target: new LambdaInvoke(fn.function, { deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: Duration.minutes(5) }),
    });
    // Scheduler's role (one per stack) invokes the function and its versions (`<arn>:*`), nothing else.
    acknowledgeWildcardResource(Stack.of(this), `${fn.function.functionArn}:*`, `Scheduler may invoke ${schedule.name} (any version or alias of it) and nothing else.`);
  }
}
