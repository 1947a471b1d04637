// Runs before every test file (unit and integration), in the test process only. A Lambda gets its
// table names and bus from its declaration; code under test that reads the environment outside a
// function scope (handlers called directly, fixtures) reads it here: the local platform's names.
// Nothing defaults to these names at run time any more (libs/tables requires them), so tests say them.
process.env.AIRCRAFTOPS_CORE_TABLE ??= 'CoreTable';
process.env.AIRCRAFTOPS_JOBS_TABLE ??= 'JobsTable';
process.env.AIRCRAFTOPS_AUDIT_TABLE ??= 'AuditEventsTable';
process.env.AIRCRAFTOPS_EVENT_BUS ??= 'aircraftops';
