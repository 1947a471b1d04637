import type { Readable } from 'node:stream';

import { checkHeader, layoutForKind, REGISTRY_FILE_KINDS, type RegistryFileKind } from '@aircraftops/registry';

import { DatasetKindError } from '../domain/job';

/**
 * Which FAA file this is, from its header line (the file name is not trusted: uploads get renamed).
 * @throws DatasetKindError when the header matches no layout.
 * @example
 * await detectFileKind(createReadStream('MASTER.txt'), 'MASTER.txt'); // 'MASTER'
 */
export async function detectFileKind(input: Readable, fileName: string): Promise<RegistryFileKind> {
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of input) {
      head = Buffer.concat([head, chunk as Buffer]);
      if (head.includes(0x0a) || head.length >= 64 * 1024) break;
    }
  } finally {
    input.destroy();
  }
  const newline = head.indexOf(0x0a);
  const line = head.subarray(0, newline === -1 ? head.length : newline).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, '');
  const kind = REGISTRY_FILE_KINDS.find((candidate) => checkHeader(layoutForKind(candidate), line.split(',')) === undefined);
  if (kind === undefined) throw new DatasetKindError(fileName, `the header matches no FAA registry file (${REGISTRY_FILE_KINDS.join(', ')}): "${line.slice(0, 60)}"`);
  return kind;
}
