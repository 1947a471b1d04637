import path from 'node:path';

import { environmentOf, type FunctionDeclaration, LAMBDA_ARCHITECTURE, LAMBDA_RUNTIME, policyStatementsOf } from '@aircraftops/declarations';
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, RuntimeFamily, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

import type { PlatformReferences } from '../config/platform-references';
import { WORKSPACE_ROOT } from '../config/workspace-root';
import { acknowledge } from '../nag/acknowledge';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource';
import { deadLetterQueue } from '../triggers/encrypted-queue';
import { BUNDLING_OPTIONS } from './bundling-options';
import { corsEnvironmentOf } from './cors-environment';
import { dataKeyActionsOf, toPolicyStatement } from './function-policies';

/** The declared runtime as a CDK `Runtime` (the declarations name it; the CDK never picks another). */
export const DECLARED_RUNTIME = new Runtime(LAMBDA_RUNTIME, RuntimeFamily.NODEJS, { supportsInlineCode: true });
const DECLARED_ARCHITECTURE = LAMBDA_ARCHITECTURE === 'arm64' ? Architecture.ARM_64 : Architecture.X86_64;

/** Why a function that is never invoked asynchronously needs no asynchronous dead-letter queue. */
const SYNCHRONOUS_REASONS: Readonly<Record<'http' | 'subscription' | 'stream', string>> = {
  http: 'Invoked synchronously by API Gateway: the caller gets the error; Lambda never queues an async retry.',
  subscription: 'Invoked synchronously by its SQS event-source mapping: failed messages go through the queue redrive policy to the subscription DLQ.',
  stream: 'Invoked synchronously by its stream event-source mapping: failed batches go to the mapping on-failure destination.',
};

/** One function's declaration and what it is wired to (see `DeclaredFunction`). */
export interface DeclaredFunctionProps {
  readonly app: string;
  readonly declaration: FunctionDeclaration;
  readonly platform: PlatformReferences;
  readonly logRetentionDays: number;
  /** Configured CORS origins (HTTP functions only; none = closed). */
  readonly corsOrigins: readonly string[];
}

/**
 * One declared function in the cloud: bundled from its handler module, its own role holding exactly its
 * declared access (in the `DeclaredAccess` policy) plus what its runtime needs (logs, X-Ray, the data
 * key where it touches encrypted data), its own log group, JSON logs, and an errors alarm.
 * @example
 * const fn = new DeclaredFunction(this, 'GetAircraft', { app: 'aircraft', declaration, platform, logRetentionDays: 90, corsOrigins: [] });
 */
export class DeclaredFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly errorsAlarm: Alarm;
  /** Where asynchronous invocations (a schedule's) go after Lambda's retries; only scheduled functions have one. */
  readonly asyncDeadLetterQueue?: Queue;

  constructor(scope: Construct, id: string, props: DeclaredFunctionProps) {
    super(scope, id);
    const { declaration: fn, platform } = props;
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: `${fn.name}: declared access only` });
    // The declared access in a policy of its own, one statement per derived statement, so that a reviewer
    // (and a test) can hold it against the declaration; everything else the function needs is in the role's default policy.
    const derived = policyStatementsOf(fn.access, platform.names);
    const declaredAccess = derived.length > 0 ? new Policy(this, 'DeclaredAccess', { roles: [this.role], statements: derived.map(toPolicyStatement) }) : undefined;
    for (const resource of derived.flatMap((statement) => statement.resources).filter((arn) => arn.endsWith('*'))) {
      acknowledgeWildcardResource(this, resource, `${fn.name} may use objects under its declared prefix only; object ARNs need a key wildcard.`);
    }
    const keyActions = dataKeyActionsOf(fn);
    if (keyActions.length > 0) this.role.addToPrincipalPolicy(new PolicyStatement({ actions: keyActions, resources: [platform.dataKeyArn] }));

    // Only a schedule invokes asynchronously: its failures after Lambda's retries need a place to land.
    if (fn.trigger.kind === 'schedule') this.asyncDeadLetterQueue = deadLetterQueue(this, 'AsyncDlq', fn.name).queue;
    else acknowledge(this, 'Serverless-LambdaDLQ', SYNCHRONOUS_REASONS[fn.trigger.kind]);
    const runtimeReason = `${LAMBDA_RUNTIME} is the declared runtime (LAMBDA_RUNTIME), the Node line the project builds and tests on; a newer one is a declaration change with CI on that Node.`;
    acknowledge(this, 'AwsSolutions-L1', runtimeReason);
    acknowledge(this, 'Serverless-LambdaLatestVersion', runtimeReason);

    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetentionDays });
    this.logGroup = logGroup;
    // Its own log group only (no AWSLambdaBasicExecutionRole, which may write to every log group).
    logGroup.grantWrite(this.role);
    this.function = new NodejsFunction(this, 'Function', {
      functionName: fn.name,
      description: fn.description,
      entry: fn.handler.module,
      handler: fn.handler.export,
      projectRoot: WORKSPACE_ROOT,
      depsLockFilePath: path.join(WORKSPACE_ROOT, 'package-lock.json'),
      runtime: DECLARED_RUNTIME,
      architecture: DECLARED_ARCHITECTURE,
      memorySize: fn.memoryMb,
      timeout: Duration.seconds(fn.timeoutSeconds),
      ...(fn.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: fn.reservedConcurrency } : {}),
      environment: { ...environmentOf(props.app, fn, platform.names), ...corsEnvironmentOf(fn, props.corsOrigins), NODE_OPTIONS: '--enable-source-maps' },
      role: this.role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      bundling: BUNDLING_OPTIONS,
      ...(this.asyncDeadLetterQueue ? { deadLetterQueue: this.asyncDeadLetterQueue } : {}),
    });
    // The function (and so every trigger that references it) is created only once its declared access exists.
    if (declaredAccess) this.function.node.addDependency(declaredAccess);
    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; no data action has a * resource.');
    acknowledge(this.role, 'Serverless-StarPermissions', 'The only * resource is X-Ray trace submission, which has no resource-level permissions.');

    this.errorsAlarm = new Alarm(this, 'ErrorsAlarm', {
      alarmDescription: `${fn.name} returned errors (failed invocations; batch item failures are not errors)`,
      metric: this.function.metricErrors({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
