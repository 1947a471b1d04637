/**
 * The `/bin/sh` wrapper that owns the JVM, so that no JVM outlives its Node owner, even a SIGKILLed one.
 *
 * Node holds the write end of the wrapper's stdin pipe and never writes to it. When the owner dies, for
 * any reason, the kernel closes that end, `read` sees EOF, and the watcher sends SIGTERM to the JVM and then
 * SIGKILL after the grace period. The wrapper reports the JVM's pid on fd 3 and exits with the JVM's status,
 * so Node sees the exit of an emulator that crashed (a BindException, for example).
 *
 * Invocation: `sh -c WATCHDOG_SCRIPT <$0 name> <grace in tenths of a second> <java> <args...>`.
 */
export const WATCHDOG_SCRIPT = [
  'grace="$1"; shift',
  // A background job's stdin is /dev/null in a non-interactive sh; keep the pipe on fd 4 for the watcher.
  'exec 4<&0',
  '"$@" </dev/null 3>&- 4<&- &',
  'jpid=$!',
  'echo "$jpid" >&3',
  'exec 3>&-',
  '(',
  '  while read -r _; do :; done',
  '  kill -TERM "$jpid" 2>/dev/null',
  '  i=0',
  '  while kill -0 "$jpid" 2>/dev/null && [ "$i" -lt "$grace" ]; do sleep 0.1; i=$((i + 1)); done',
  '  kill -KILL "$jpid" 2>/dev/null',
  ') <&4 &',
  'wpid=$!',
  'exec 4<&-',
  'wait "$jpid"',
  'status=$?',
  'kill "$wpid" 2>/dev/null',
  'exit "$status"',
].join('\n');

/** `$0` of the wrapper: marks it in `ps` output and lets the orphan reaper recognise it. */
export const WATCHDOG_NAME = 'aircraftops-dynamodb-local-watchdog';
