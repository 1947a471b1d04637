// Handlers import the port modules directly (`../../wiring/aircraft-reader-port`), never this barrel:
// each handler then bundles only the ports its use case needs.
export { type AircraftEditor, aircraftEditorPort } from './aircraft-editor-port';
export { type AircraftQueries, aircraftQueriesPort } from './aircraft-queries-port';
export { type AircraftReader, aircraftReaderPort } from './aircraft-reader-port';
export { imagesPort } from './images-port';
export { referenceDataPort } from './reference-data-port';
