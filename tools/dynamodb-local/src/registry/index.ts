export { listInstances, type PidRecord, reapOrphans, registerInstance, registryDir, unregisterInstance } from './pid-registry';
