import { createAuditEntities } from '../audit';
import { AuditEventsTable } from '../tables';

// One module per table: a Lambda bundle keeps only the modules whose entities it uses (the package
// is side-effect free), so an audit function does not carry the core and jobs entities.
const audit = createAuditEntities(AuditEventsTable);

/** The AuditEvent entity on the default AuditEventsTable (see `AircraftEntity`). @example await AuditEventEntity.build(PutItemCommand).item(event).send(); */
export const AuditEventEntity = audit.AuditEvent;

/** The AuditChainHead entity on the default AuditEventsTable. @example await AuditChainHeadEntity.build(GetItemCommand).key({ entity }).send(); */
export const AuditChainHeadEntity = audit.AuditChainHead;

/** The AuditEventLookup entity on the default AuditEventsTable. @example await AuditEventLookupEntity.build(GetItemCommand).key({ eventId }).send(); */
export const AuditEventLookupEntity = audit.AuditEventLookup;
