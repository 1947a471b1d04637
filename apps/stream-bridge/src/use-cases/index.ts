export { bridgeBatch } from './bridge-batch';
export type { BridgeBatchPorts, BridgeBatchResult, BridgeFailure, BridgeLogger } from './bridge-batch';
