export type { AppManifest } from './app-manifest';
export { declarationProblems } from './declaration-problems';
export { defineApp } from './define-app';
export { InvalidDeclarationError } from './invalid-declaration-error';
export {
  type RouteDeclaration,
  routesOf,
  type ScheduleDeclaration,
  schedulesOf,
  type StreamConsumerDeclaration,
  streamConsumersOf,
  type SubscriptionDeclaration,
  subscriptionsOf,
} from './views';
