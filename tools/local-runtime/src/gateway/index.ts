export { type Claims, type Gateway, type GatewayOptions, startGateway } from './gateway-server';
export { type MatchedRoute, RouteMatcher } from './route-matcher';
