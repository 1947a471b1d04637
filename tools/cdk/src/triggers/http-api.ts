import type { RouteDeclaration } from '@aircraftops/declarations';
import { CfnOutput, Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

import type { PlatformReferences } from '../config/platform-references';
import type { DeclaredFunction } from '../functions/declared-function';
import { acknowledge } from '../nag/acknowledge';

/**
 * JSON access log lines with HTTP API context variables only (the REST API's standard format names
 * `$context.resourcePath`, which HTTP APIs do not have). The caller is the token's `sub`, not a name.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    sub: '$context.authorizer.claims.sub',
    authorizerError: '$context.authorizer.error',
    error: '$context.error.message',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/** Stage throttling: generous for operators and batch clients, low enough that a runaway client cannot exhaust Lambda concurrency. */
const THROTTLE = { rateLimit: 200, burstLimit: 400 } as const;

/** An app's routes, each with its function, and the API's configuration (see `AppHttpApi`). */
export interface AppHttpApiProps {
  readonly app: string;
  readonly routes: readonly { readonly route: RouteDeclaration; readonly fn: DeclaredFunction }[];
  readonly platform: PlatformReferences;
  readonly corsOrigins: readonly string[];
  readonly logRetentionDays: number;
}

/**
 * An app's HTTP API (API Gateway v2): every declared route on its function, behind a JWT authorizer that
 * trusts only the platform's Cognito user pool and app client (the function then checks the route's role
 * from `cognito:groups`). CORS only for configured origins: none configured means no CORS at all.
 * JSON access logs and stage throttling on the `$default` stage.
 * @example
 * new AppHttpApi(this, 'Api', { app: 'aircraft', routes, platform, corsOrigins: [], logRetentionDays: 90 });
 */
export class AppHttpApi extends Construct {
  readonly api: HttpApi;
  readonly authorizer: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: AppHttpApiProps) {
    super(scope, id);
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.platform.jwtIssuerUrl, {
      jwtAudience: [props.platform.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });
    this.api = new HttpApi(this, 'Api', {
      apiName: `aircraftops-${props.app}`,
      description: `AircraftOps ${props.app} API (generated from apps/${props.app}/src/manifest.ts)`,
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.ANY],
              allowHeaders: ['authorization', 'content-type', 'if-match', 'x-correlation-id'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetentionDays });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
    for (const { route, fn } of props.routes) {
      const isPublic = route.role === 'public';
      const routes = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.name}-integration`, fn.function),
        authorizer: isPublic ? new HttpNoneAuthorizer() : this.authorizer,
      });
      if (isPublic) {
        for (const created of routes) acknowledge(created, 'AwsSolutions-APIG4', `${route.method} ${route.path} is declared public (role "public"): it answers without a token by design.`);
      }
    }
    new CfnOutput(this, 'Url', { value: this.api.apiEndpoint, description: `Base URL of the ${props.app} API` });
  }
}
