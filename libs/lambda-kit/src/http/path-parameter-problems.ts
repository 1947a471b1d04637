import type { ErrorDetail } from '../errors';

/** Longer than any identifier of the platform (ids ≤ 128, keys ≤ 1024 bytes in a table). */
export const MAX_PATH_PARAMETER_LENGTH = 512;

/**
 * Problems of path parameters every route shares, before its own schema: empty values, values over
 * {@link MAX_PATH_PARAMETER_LENGTH} characters, and dot segments (`.`, `..`), which are never an
 * identifier and which a proxy normalising paths would turn into another route.
 *
 * @example
 * pathParameterProblems({ imageId: '..' }); // [{ field: 'path.imageId', message: 'must not be a dot segment ("." or "..")' }]
 */
export const pathParameterProblems = (parameters: Readonly<Record<string, string | undefined>>): ErrorDetail[] =>
  Object.entries(parameters).flatMap(([name, value]): ErrorDetail[] => {
    const field = `path.${name}`;
    if (value === undefined || value.length === 0) return [{ field, message: 'must not be empty' }];
    if (value.length > MAX_PATH_PARAMETER_LENGTH) return [{ field, message: `must be at most ${MAX_PATH_PARAMETER_LENGTH} characters, got ${value.length}` }];
    if (value === '.' || value === '..') return [{ field, message: 'must not be a dot segment ("." or "..")' }];
    return [];
  });
