import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The event every HTTP handler receives: API Gateway HTTP API, payload format 2.0, with the JWT
 * authorizer's claims. Locally the gateway builds the same shape. On `public` routes the authorizer
 * part may be absent, so readers treat it as optional.
 */
export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

/** What an HTTP handler returns to API Gateway. */
export type HttpResponse = APIGatewayProxyStructuredResultV2;
