export { AircraftImageNotFoundError } from './aircraft-image-not-found-error';
export { AircraftNotFoundError } from './aircraft-not-found-error';
export { AircraftVersionConflictError } from './aircraft-version-conflict-error';
export { InvalidPageTokenError } from './invalid-page-token-error';
export { ModeSCodeNotFoundError } from './mode-s-code-not-found-error';
export { ReferenceDataNotFoundError, type ReferenceDataKind } from './reference-data-not-found-error';
