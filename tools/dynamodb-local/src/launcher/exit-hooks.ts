/**
 * Last-resort cleanup when the owner process ends without calling stop(): on `exit` and on the usual
 * termination signals, every live JVM is signalled synchronously. (A SIGKILLed owner runs no code at all;
 * the watchdog wrapper covers that case.)
 */
type Killer = () => void;

const live = new Set<Killer>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const killAll = (): void => {
  for (const kill of live) kill();
  live.clear();
};

const onSignal = (signal: NodeJS.Signals): void => {
  // Our listener replaced Node's default "terminate" action; if nobody else handles the signal,
  // restore that action and re-raise it so the process still ends the way its sender intended.
  const alone = process.listenerCount(signal) === 1;
  killAll();
  uninstall();
  if (alone) process.kill(process.pid, signal);
};

const install = (): void => {
  process.on('exit', killAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
};

const uninstall = (): void => {
  process.off('exit', killAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
};

/**
 * Registers a synchronous killer for one JVM; hooks are installed only while at least one is registered,
 * so an idle process keeps Node's default signal behaviour.
 * @returns the function that unregisters it (call it from stop()).
 * @example
 * const untrack = trackForExit(() => signalProcess(javaPid, 'SIGKILL'));
 */
export const trackForExit = (kill: Killer): (() => void) => {
  if (live.size === 0) install();
  live.add(kill);
  return () => {
    if (live.delete(kill) && live.size === 0) uninstall();
  };
};
