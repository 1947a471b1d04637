export { expiresAt } from './expires-at';
export { DEFAULT_RETENTION_POLICY, parseRetentionConfig } from './parse-retention-config';
export {
  DEFAULT_RETENTION_CONFIG,
  RETENTION_ENV,
  type RetentionPeriod,
  type RetentionPolicy,
  retentionFor,
} from './retention-policy';
