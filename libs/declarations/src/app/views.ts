import type { FunctionDeclaration } from '../function/function-declaration';
import type { HandlerRef } from '../function/handler-ref';
import type { HttpRouteTrigger } from '../triggers/http-route';
import type { ScheduleTrigger } from '../triggers/schedule';
import type { StreamConsumerTrigger } from '../triggers/stream-consumer';
import type { SubscriptionTrigger } from '../triggers/subscription';
import type { AppManifest } from './app-manifest';

interface View {
  readonly name: string;
  readonly description: string;
  readonly handler: HandlerRef;
  /** The whole declaration, for environment, access and timeout. */
  readonly function: FunctionDeclaration;
}

/** A declared route with its function. */
export type RouteDeclaration = View & Omit<HttpRouteTrigger, 'kind'>;
/** A declared subscription (rule → queue → function) with its function. */
export type SubscriptionDeclaration = View & Omit<SubscriptionTrigger, 'kind'>;
/** A declared stream event-source mapping with its function. */
export type StreamConsumerDeclaration = View & Omit<StreamConsumerTrigger, 'kind'>;
/** A declared schedule with its function. */
export type ScheduleDeclaration = View & Omit<ScheduleTrigger, 'kind'>;

const view = (fn: FunctionDeclaration) => {
  const { kind: _kind, ...trigger } = fn.trigger;
  return { name: fn.name, description: fn.description, handler: fn.handler, function: fn, ...trigger };
};

/** The app's HTTP routes. @example for (const route of routesOf(manifest)) gateway.add(route); */
export const routesOf = (manifest: AppManifest): RouteDeclaration[] =>
  manifest.functions.filter((fn) => fn.trigger.kind === 'http').map((fn) => view(fn) as RouteDeclaration);

/** The app's EventBridge subscriptions. @example subscriptionsOf(manifest).map((s) => s.eventPattern) */
export const subscriptionsOf = (manifest: AppManifest): SubscriptionDeclaration[] =>
  manifest.functions.filter((fn) => fn.trigger.kind === 'subscription').map((fn) => view(fn) as SubscriptionDeclaration);

/** The app's stream consumers. @example streamConsumersOf(manifest).map((c) => c.table) */
export const streamConsumersOf = (manifest: AppManifest): StreamConsumerDeclaration[] =>
  manifest.functions.filter((fn) => fn.trigger.kind === 'stream').map((fn) => view(fn) as StreamConsumerDeclaration);

/** The app's schedules. @example schedulesOf(manifest).map((s) => s.expression) */
export const schedulesOf = (manifest: AppManifest): ScheduleDeclaration[] =>
  manifest.functions.filter((fn) => fn.trigger.kind === 'schedule').map((fn) => view(fn) as ScheduleDeclaration);
