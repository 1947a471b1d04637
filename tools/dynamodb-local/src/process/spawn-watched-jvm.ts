import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import { OutputTail } from './output-tail';
import { WATCHDOG_NAME, WATCHDOG_SCRIPT } from './watchdog-script';

/** How the wrapper (and therefore the JVM) ended. */
export interface JvmExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A JVM running under the watchdog wrapper. */
export interface WatchedJvm {
  readonly javaPid: number;
  readonly wrapperPid: number;
  /** The last lines of the JVM's stdout and stderr. */
  readonly tail: OutputTail;
  /** Settles when the wrapper has exited, which it does only after the JVM has. */
  readonly exited: Promise<JvmExit>;
  hasExited(): boolean;
  /** Closes the watchdog pipe (as the owner's death would): the wrapper then stops the JVM by itself. */
  release(): void;
}

/** What to run under the watchdog. */
export interface SpawnWatchedJvmOptions {
  readonly javaBin: string;
  readonly args: readonly string[];
  /** How long the watchdog waits after SIGTERM before SIGKILL, once the owner is gone. */
  readonly graceMs: number;
  readonly log?: (line: string) => void;
}

const forwardLines = (stream: Readable | null, tail: OutputTail, log?: (line: string) => void): void => {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    tail.push(line);
    log?.(line);
  });
};

const readJavaPid = (child: ChildProcess, exited: Promise<JvmExit>, tail: OutputTail): Promise<number> =>
  new Promise((resolve, reject) => {
    let text = '';
    const pidPipe = child.stdio[3] as Readable | null;
    pidPipe?.setEncoding('utf8');
    pidPipe?.on('data', (chunk: string) => {
      text += chunk;
      const pid = Number.parseInt(text, 10);
      if (text.includes('\n') && Number.isInteger(pid) && pid > 0) resolve(pid);
    });
    child.once('error', reject);
    void exited.then(({ code }) =>
      reject(new Error(`The DynamoDB Local wrapper exited (code ${code}) before reporting the JVM pid: ${tail.lines().join('\n')}`)),
    );
  });

/**
 * Starts `java <args>` under the `/bin/sh` watchdog (see {@link WATCHDOG_SCRIPT}), in its own session so a
 * terminal's Ctrl-C reaches only the Node owner, which then stops the JVM in order.
 * @example
 * const jvm = await spawnWatchedJvm({ javaBin: 'java', args: ['-jar', jar, '-inMemory'], graceMs: 3_000 });
 * jvm.javaPid; // the pid `pgrep -f DynamoDBLocal.jar` shows
 */
export const spawnWatchedJvm = async (options: SpawnWatchedJvmOptions): Promise<WatchedJvm> => {
  const graceTenths = String(Math.max(1, Math.ceil(options.graceMs / 100)));
  const child = spawn('/bin/sh', ['-c', WATCHDOG_SCRIPT, WATCHDOG_NAME, graceTenths, options.javaBin, ...options.args], {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    detached: true,
    windowsHide: true,
  });
  // Nothing is ever written to stdin; an EPIPE after the wrapper's exit is expected and harmless.
  child.stdin?.on('error', () => undefined);
  let done = false;
  const exited = new Promise<JvmExit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
    // A failed spawn emits 'error' and may never emit 'exit'.
    child.once('error', () => {
      done = true;
      resolve({ code: null, signal: null });
    });
  });
  const tail = new OutputTail();
  forwardLines(child.stdout, tail, options.log);
  forwardLines(child.stderr, tail, options.log);
  const javaPid = await readJavaPid(child, exited, tail);
  return {
    javaPid,
    wrapperPid: child.pid ?? 0,
    tail,
    exited,
    hasExited: () => done,
    release: () => child.stdin?.end(),
  };
};
