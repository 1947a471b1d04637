/** The registrant fields an operator may edit (the FAA MASTER registrant block). */
export const REGISTRANT_FIELDS = ['name', 'street', 'street2', 'city', 'state', 'zipCode', 'region', 'county', 'country'] as const;
export type RegistrantField = (typeof REGISTRANT_FIELDS)[number];

/**
 * What an operator asks to change. `registrant` is merged field by field into the stored block:
 * a string sets a field, `null` clears it, an absent field is kept. `otherNames` replaces the list.
 */
export interface AircraftPatch {
  readonly statusCode?: string | undefined;
  readonly registrant?: Readonly<Partial<Record<RegistrantField, string | null>>> | undefined;
  readonly otherNames?: readonly string[] | undefined;
}
