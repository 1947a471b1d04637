export type { BenchReport, Figure, SuiteReport, Target } from './bench-report';
export { checkTarget, describeTarget, formatNumber } from './check-target';
export type { TargetStatus } from './check-target';
export { renderReport } from './render-report';
