import { auditEventsTableSpec } from './audit-events-table.spec';
import { coreTableSpec } from './core-table.spec';
import { jobsTableSpec } from './jobs-table.spec';

export type { IndexSpec, StreamViewType, TableSpec } from './table-spec';
export { auditEventsTableSpec, coreTableSpec, jobsTableSpec };

/** Every table of the platform, in creation order. */
export const tableSpecs = [coreTableSpec, jobsTableSpec, auditEventsTableSpec] as const;
