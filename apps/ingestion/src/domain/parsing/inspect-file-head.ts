import { checkHeader } from '@aircraftops/registry';
import type { RegistryFileLayout } from '@aircraftops/registry';
import { DatasetFormatError } from './dataset-format-error';

/** How much of a file is read to judge it; an FAA header line is a few hundred bytes. */
export const HEAD_BYTES = 64 * 1024;
const NUL = 0x00;
const LF = 0x0a;

/**
 * Judges a file by its first bytes and returns the header's column count (trailing empty
 * column included). Throws `DatasetFormatError` for binary data, non-UTF-8 text, a missing
 * header line or a header that is not the layout's.
 *
 * @example
 * ```ts
 * inspectFileHead(Buffer.from('\uFEFFCODE,MFR,MODEL,TYPE,HORSEPOWER,THRUST,\r\n'), ENGINE_LAYOUT, 'ENGINE.txt'); // 7
 * ```
 */
export function inspectFileHead(head: Buffer, layout: RegistryFileLayout, file: string): number {
  if (head.length === 0) throw new DatasetFormatError(file, 'file is empty: expected the header line');
  const nul = head.indexOf(NUL);
  if (nul !== -1) throw new DatasetFormatError(file, `binary data: NUL byte at offset ${nul}, not a text file`);

  const lineEnd = head.indexOf(LF);
  if (lineEnd === -1 && head.length >= HEAD_BYTES) {
    throw new DatasetFormatError(file, `no line break in the first ${HEAD_BYTES} bytes: not a line-based text file`);
  }
  const headerBytes = head.subarray(0, lineEnd === -1 ? head.length : lineEnd);
  let header: string;
  try {
    header = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch (cause) {
    const replaced = (new TextDecoder('utf-8').decode(head).match(/\uFFFD/g) ?? []).length;
    throw new DatasetFormatError(
      file,
      `not UTF-8 text: invalid bytes in the header line (${replaced} invalid sequences in the first ${head.length} bytes)`,
      { cause },
    );
  }
  const reason = checkHeader(layout, header.replace(/^\uFEFF/, '').replace(/\r$/, '').split(','));
  if (reason !== undefined) throw new DatasetFormatError(file, `not a ${layout.fileName} header: ${reason}`);
  return header.replace(/\r$/, '').split(',').length;
}
