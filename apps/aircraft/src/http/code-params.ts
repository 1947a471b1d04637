import * as z from 'zod/mini';

const code = (length: number, what: string) =>
  z.string().check(z.toUpperCase(), z.regex(new RegExp(`^[0-9A-Z]{${length}}$`), `must be ${length} characters 0-9/A-Z (${what})`));

/** A 7-character FAA aircraft make/model/series code (ACFTREF), any letter case. @example z.object({ code: modelCodeParam }) */
export const modelCodeParam = code(7, 'FAA aircraft make/model/series code');

/** A 5-character FAA engine make/model code (ENGINE), any letter case. @example z.object({ code: engineCodeParam }) */
export const engineCodeParam = code(5, 'FAA engine make/model code');

/** A Mode S (ICAO 24-bit) address: 6 hex digits, any case. @example z.object({ hex: modeSHexParam }) */
export const modeSHexParam = z.string().check(z.toUpperCase(), z.regex(/^[0-9A-F]{6}$/, 'must be 6 hexadecimal digits (ICAO 24-bit address)'));

/** An image id as the API issues them (the table library's id rule). @example z.object({ imageId: imageIdParam }) */
export const imageIdParam = z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/, 'must be an image id (1-128 characters 0-9/A-Z/a-z/_/-)'));
