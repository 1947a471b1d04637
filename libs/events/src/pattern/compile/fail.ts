import { InvalidEventPatternError } from '../errors/invalid-event-pattern-error';

/** Throws the pattern error; typed `never` so that callers narrow after it. */
export function fail(reason: string, location?: string): never {
  throw new InvalidEventPatternError(reason, location);
}
