import { InvalidKeyError } from '../errors';
import { escapeKeyPart } from './escape-key-part';
import { validateText } from './identifiers';
import { normalizeName } from './normalize-name';

/**
 * A name as it appears in keys: normalized (see `normalizeName`), then escaped. Blank names are
 * rejected: they would all collide in one meaningless key.
 * @example
 * nameKeyPart(' acme #1 ', 'manufacturer'); // 'ACME %231'
 */
export const nameKeyPart = (name: unknown, field: string): string => {
  const normalized = normalizeName(validateText(name, field));
  if (normalized.length === 0) throw new InvalidKeyError(field, 'is blank');
  return escapeKeyPart(normalized);
};
