import { createServer, type Server } from 'node:net';

import { findFreePort, isPortFree } from './find-free-port';

const listen = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolve(server));
  });

describe('findFreePort / isPortFree', () => {
  it('returns a port that can be bound, and sees it taken while something listens on it', async () => {
    const port = await findFreePort();
    expect(await isPortFree(port)).toBe(true);

    // Bound on loopback only: DynamoDB Local binds every interface, so that still counts as taken.
    const server = await listen(port);
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
