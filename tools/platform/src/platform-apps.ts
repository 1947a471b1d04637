import { manifest as aircraft } from '@aircraftops/aircraft';
import { manifest as audit } from '@aircraftops/audit';
import type { AppManifest } from '@aircraftops/declarations';
import { manifest as ingestion } from '@aircraftops/ingestion';
import { manifest as streamBridge } from '@aircraftops/stream-bridge';

/**
 * Every app of the platform, with its declarations: the one list that the local runtime builds and the
 * CDK app synthesises. An app added to the platform is added here, and nowhere else.
 * @example
 * for (const app of platformApps) console.log(app.app, app.functions.length);
 */
export const platformApps: readonly AppManifest[] = [aircraft, ingestion, audit, streamBridge];
