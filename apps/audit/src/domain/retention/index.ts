export { expiresAt } from './expires-at';
export { DEFAULT_RETENTION, RETENTION_POLICY, type RetentionPeriod, type RetentionRule, retentionFor } from './retention-policy';
