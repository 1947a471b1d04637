/**
 * Waits for `promise` at most `ms`, clearing the timer either way so it never holds the process open.
 * @returns true when the promise settled in time.
 * @example
 * if (!(await settlesWithin(jvm.exited, 3_000))) signalProcess(pid, 'SIGKILL');
 */
export const settlesWithin = async (promise: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
};
