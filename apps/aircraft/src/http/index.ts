export { aircraftListQuery } from './aircraft-list-query';
export { aircraftPatchBody } from './aircraft-patch-body';
export { engineCodeParam, imageIdParam, modelCodeParam, modeSHexParam } from './code-params';
export { imageBody, MAX_IMAGE_BYTES } from './image-body';
export { nameQuery } from './name-query';
export { nNumberParam } from './n-number-param';
