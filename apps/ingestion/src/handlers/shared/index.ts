export { correlationIdOf } from './correlation-id';
export { datasetFilesSchema, datasetKeySchema } from './dataset-file-schema';
export { defaultIngestionDeps, defaultScheduleStore } from './default-deps';
export { idParam } from './id-param';
export { PAGE_LIMIT, pageQuery } from './page-query';
export { type RequestFiles, toHttpError } from './to-http-error';
export { z } from './zod';
