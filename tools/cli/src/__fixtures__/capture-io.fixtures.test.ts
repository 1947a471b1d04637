import type { CommandIo } from '../support/command-io';

/** A {@link CommandIo} that records what a command writes. */
export interface CapturedIo {
  readonly io: CommandIo;
  stdout(): string;
  stderr(): string;
}

export function captureIo(): CapturedIo {
  let out = '';
  let err = '';
  return {
    io: { stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
    stdout: () => out,
    stderr: () => err,
  };
}
