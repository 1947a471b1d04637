export { type AircraftChange, applyAircraftChange, type ApplyOutcome, type SearchIndexPorts } from './apply-aircraft-change';
