import { createServer } from 'node:net';

/**
 * Binds `port` on every interface (as DynamoDB Local will) and releases it at once.
 * @returns the bound port (the kernel's pick when `port` is 0), or undefined when it is taken.
 */
const probe = (port: number): Promise<number | undefined> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(undefined);
      else reject(error);
    });
    server.listen({ port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });

/**
 * A port free right now. Another process may take it before the JVM binds it, which is why the launcher
 * retries on a BindException.
 * @example
 * const port = await findFreePort(); // e.g. 40123
 */
export const findFreePort = async (): Promise<number> => {
  const port = await probe(0);
  if (port === undefined) throw new Error('The kernel gave no free port');
  return port;
};

/**
 * Whether `port` can be bound on every interface right now.
 * @example
 * if (!(await isPortFree(8000))) throw new PortInUseError(8000);
 */
export const isPortFree = async (port: number): Promise<boolean> => (await probe(port)) !== undefined;
