export { describeIssues } from './describe-issues';
export { type EventBridgeEnvelope, eventBridgeEnvelopeSchema } from './event-bridge-envelope';
export { parseEventBridgeMessage } from './parse-event-bridge-message';
export { PLATFORM_METADATA_KEYS, type PlatformDetail, platformDetailSchema } from './platform-detail';
