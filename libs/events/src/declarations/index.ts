export type { AppManifest } from './app-manifest';
export type { HandlerRef } from './handler-ref';
export type { HttpMethod, RouteDeclaration } from './route';
export type { StreamConsumerDeclaration } from './stream-consumer';
export type { SubscriptionDeclaration } from './subscription';
