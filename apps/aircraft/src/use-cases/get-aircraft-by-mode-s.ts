import { nNumberFromIcaoAddress } from '@aircraftops/registry';

import { type Aircraft, type AircraftRepository, isLive, ModeSCodeNotFoundError } from '../domain';

/**
 * The aircraft with a Mode S (ICAO 24-bit) address. A US address is a bijection of the N-number, so
 * it is decoded to one and read by key (no index); the stored code must then agree, so a record whose
 * registry data says otherwise is not returned under a code it does not carry.
 * @param modeSCodeHex 6 hex digits, any case.
 * @throws ModeSCodeNotFoundError outside the US block, when the N-number has no live aircraft, or when its code differs.
 * @example
 * await getAircraftByModeS('A66568', { aircraft: repository }); // N511CR
 */
export const getAircraftByModeS = async (
  modeSCodeHex: string,
  ports: { readonly aircraft: Pick<AircraftRepository, 'get'> },
): Promise<Aircraft> => {
  const hex = modeSCodeHex.toUpperCase();
  const nNumber = nNumberFromIcaoAddress(hex);
  const aircraft = nNumber === undefined ? undefined : await ports.aircraft.get(nNumber);
  if (aircraft === undefined || !isLive(aircraft) || aircraft.modeSCodeHex !== hex) throw new ModeSCodeNotFoundError(hex);
  return aircraft;
};
