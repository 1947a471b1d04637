import { localCorsOrigins } from './local-cors-origins';

describe('localCorsOrigins', () => {
  it('defaults to the gateway’s own localhost origins', () => {
    expect(localCorsOrigins(3000)).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('uses the origins given instead (comma-separated), and none when given an empty list', () => {
    expect(localCorsOrigins(3000, 'http://localhost:5173, https://ops.example.com')).toEqual(['http://localhost:5173', 'https://ops.example.com']);
    expect(localCorsOrigins(3000, '')).toEqual([]);
  });

  it('declares none for a gateway on a free port (its origin is unknown before it listens)', () => {
    expect(localCorsOrigins(0)).toEqual([]);
  });

  it('refuses what is not an origin', () => {
    expect(() => localCorsOrigins(3000, 'localhost:5173')).toThrow('not origins: localhost:5173');
  });
});
