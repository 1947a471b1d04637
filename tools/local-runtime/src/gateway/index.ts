export { type Claims, type Gateway, type GatewayOptions, startGateway } from './gateway-server';
export { localCorsOrigins } from './local-cors-origins';
export { type MatchedRoute, RouteMatcher } from './route-matcher';
