// Handlers import the port modules directly (`../../wiring/aircraft-port`), never this barrel: each
// handler then bundles only the ports its use case needs.
export { aircraftPort } from './aircraft-port';
export { imagesPort } from './images-port';
export { referenceDataPort } from './reference-data-port';
