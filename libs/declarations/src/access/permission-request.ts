/** One permission a request needs: an IAM action on a resource, with the request's condition values. */
export interface PermissionRequest {
  readonly action: string;
  readonly resource: string;
  /** Condition keys the request sets, e.g. `{ 'events:source': 'aircraftops.aircraft' }`. */
  readonly context?: Readonly<Record<string, string>>;
}
