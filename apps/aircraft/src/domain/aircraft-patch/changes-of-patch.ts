import type { Aircraft, AircraftChanges } from '../model';
import type { AircraftPatch } from './aircraft-patch';

type Registrant = NonNullable<Aircraft['registrant']>;

const mergeRegistrant = (current: Registrant | undefined, patch: NonNullable<AircraftPatch['registrant']>): Registrant | undefined => {
  const merged: Record<string, string | undefined> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete merged[field];
    else if (value !== undefined) merged[field] = value;
  }
  return Object.keys(merged).length === 0 ? undefined : merged;
};

/** Key order must not make equal registrant blocks look different. */
const sameValue = (a: unknown, b: unknown): boolean => {
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y)))
        : inner,
    );
  return canonical(a) === canonical(b);
};

/**
 * The attribute changes a patch makes to `current`, leaving out whatever it would not change: an
 * empty result means there is nothing to write (and no `AircraftUpdated` event to emit).
 * @example
 * changesOfPatch(aircraft, { registrant: { city: 'TOPEKA', street2: null } });
 * // { registrant: { ...aircraft.registrant, city: 'TOPEKA' } } without street2
 */
export const changesOfPatch = (current: Aircraft, patch: AircraftPatch): AircraftChanges => {
  const candidate: AircraftChanges = {
    ...(patch.statusCode !== undefined ? { statusCode: patch.statusCode } : {}),
    ...(patch.otherNames !== undefined ? { otherNames: [...patch.otherNames] } : {}),
    ...(patch.registrant !== undefined ? { registrant: mergeRegistrant(current.registrant, patch.registrant) } : {}),
  };
  return Object.fromEntries(
    Object.entries(candidate).filter(([name, value]) => !sameValue(value, current[name as keyof AircraftChanges])),
  ) as AircraftChanges;
};
