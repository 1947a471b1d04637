import { ConflictError, NotFoundError, ValidationError } from '@aircraftops/lambda-kit';

import { isIngestionError } from '../../domain/job';
import { isDatasetFormatError } from '../../domain/parsing';

/** The request's files, to point a dataset error at `body.files[i]`. */
export interface RequestFiles {
  readonly files?: readonly { readonly key: string }[];
}

const baseName = (key: string): string => key.split('/').pop() ?? key;

const fileField = (request: RequestFiles, matches: (key: string) => boolean, attribute: string): string => {
  const index = request.files?.findIndex((file) => matches(file.key)) ?? -1;
  return index === -1 ? 'body.files' : `body.files[${index}].${attribute}`;
};

/**
 * The HTTP error an ingestion domain error stands for, so the shared stack answers with the right
 * status and the field at fault; anything else is returned as is (a 500 unless it is an AppError).
 * Dataset problems are the request's: a key with no file behind it, a file that is no FAA file; so is
 * a page token that is not one of the list's.
 * @example
 * try { return await startJob(deps, input); } catch (error) { throw toHttpError(error, body); }
 */
export const toHttpError = (error: unknown, request: RequestFiles = {}): unknown => {
  if (isDatasetFormatError(error)) {
    const field = fileField(request, (key) => baseName(key) === error.file || key === error.file, 'key');
    return new ValidationError([{ field, message: error.message }], { cause: error });
  }
  if (!isIngestionError(error)) return error;
  switch (error.code) {
    case 'ingestion.jobNotFound':
      return new NotFoundError(error.message, { cause: error });
    case 'ingestion.jobConflict':
    case 'ingestion.invalidTransition':
      return new ConflictError(error.message, { cause: error });
    case 'ingestion.datasetPath': {
      const path = (error as { path?: unknown }).path;
      const field = fileField(request, (key) => key === path, 'key');
      return new ValidationError([{ field, message: error.message }], { cause: error });
    }
    case 'ingestion.invalidPageToken': {
      const { field = 'query.nextToken', reason = error.message } = error as { field?: string; reason?: string };
      return new ValidationError([{ field, message: `is not a token of this list: ${reason}` }], { cause: error });
    }
    case 'ingestion.datasetKind': {
      const file = (error as { file?: unknown }).file;
      const field = fileField(request, (key) => key === file || baseName(key) === file, 'kind');
      return new ValidationError([{ field, message: error.message }], { cause: error });
    }
    default:
      return error;
  }
};
