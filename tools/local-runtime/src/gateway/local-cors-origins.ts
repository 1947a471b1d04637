/**
 * The browser origins the local functions allow (`AIRCRAFTOPS_CORS_ORIGINS`): the ones given
 * (`npm start -- --cors-origins …`), else the gateway's own localhost origins. Declared explicitly
 * because lambda-kit fails closed (no origin configured, no CORS header), as a deployed function does.
 * A gateway on a free port (0) has no known origin until it listens: none then, unless given.
 *
 * @throws Error on an entry that is not `*` or an http(s) origin without a path.
 * @example
 * localCorsOrigins(3000); // ['http://localhost:3000', 'http://127.0.0.1:3000']
 * localCorsOrigins(3000, 'http://localhost:5173'); // ['http://localhost:5173']
 */
export const localCorsOrigins = (port: number, given?: string): string[] => {
  if (given !== undefined) {
    const origins = given.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0);
    const invalid = origins.filter((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
    if (invalid.length > 0) throw new Error(`not origins: ${invalid.join(', ')} (expected * or scheme://host[:port], no path)`);
    return origins;
  }
  return port > 0 ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`] : [];
};
