import { manifest as aircraft } from '@aircraftops/aircraft';
import { manifest as audit } from '@aircraftops/audit';
import type { AppManifest } from '@aircraftops/events';
import { manifest as ingestion } from '@aircraftops/ingestion';
import { manifest as streamBridge } from '@aircraftops/stream-bridge';

/** Every app's declarations: the single list the local runtime wires (the CDK app reads the same). */
export const appManifests: readonly AppManifest[] = [aircraft, ingestion, audit, streamBridge];
