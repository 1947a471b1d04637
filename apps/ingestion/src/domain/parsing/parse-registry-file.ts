import { Readable } from 'node:stream';
import { checkHeader, decodeRegistryRow, layoutForKind } from '@aircraftops/registry';
import type { RegistryFileKind, RegistryFileLayout, RegistryRecordOf } from '@aircraftops/registry';
import { parse } from 'csv-parse';
import { findControlCharacter } from './control-character';
import { excerpt } from './excerpt';
import { HEAD_BYTES, inspectFileHead } from './inspect-file-head';
import { LineGuard } from './line-guard';
import type { ParsedRow, RowError } from './row-error';

/** Options of `parseRegistryFile`. */
export interface ParseRegistryFileOptions<K extends RegistryFileKind> {
  readonly kind: K;
  /** Used in errors (`MASTER.txt`, or the uploaded object's key). */
  readonly fileName: string;
  /** A field longer than this many bytes rejects its line; default 1024 (the widest FAA column is 50). */
  readonly maxFieldBytes?: number;
  /** Called for every blank line (they yield nothing), so a caller can count them. */
  readonly onBlankLine?: (line: number) => void;
}

const DEFAULT_MAX_FIELD_BYTES = 1024;

function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
}

async function readHead(chunks: AsyncIterator<unknown>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = toBuffer(next.value);
    parts.push(chunk);
    size += chunk.length;
    if (chunk.includes(0x0a)) break;
  }
  return Buffer.concat(parts);
}

async function* guarded(head: Buffer, rest: AsyncIterator<unknown>, guard: LineGuard): AsyncGenerator<Buffer> {
  yield guard.pass(head);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield guard.pass(toBuffer(next.value));
  guard.finish();
}

/**
 * Streams an FAA registry file as decoded records, one per data line, with a located error for
 * every rejected line; parsing goes on after a bad line. Memory does not grow with the file.
 *
 * The whole file is judged first: a wrong or missing header, binary data or non-UTF-8 text
 * rejects the first `next()` with `DatasetFormatError` before any row is yielded.
 *
 * Handled: UTF-8 BOM; CRLF or LF; the trailing comma; space padding (every field is trimmed);
 * literal `"` (no RFC 4180 quoting in FAA files); blank lines (skipped). Rejected with a RowError:
 * wrong column count, invalid UTF-8, a control character other than TAB in any field (value or padding;
 * a bare CR inside the record), a field over `maxFieldBytes`, a repeated header line, a
 * truncated last line, and every validation issue from `@aircraftops/registry`.
 *
 * @example
 * ```ts
 * const rows = parseRegistryFile(createReadStream('MASTER.txt'), { kind: 'MASTER', fileName: 'MASTER.txt' });
 * for await (const row of rows) {
 *   if ('error' in row) await saveRowError(row.error);
 *   else await upsert(row.record); // an AircraftRecord
 * }
 * ```
 */
export async function* parseRegistryFile<K extends RegistryFileKind>(
  input: Readable,
  options: ParseRegistryFileOptions<K>,
): AsyncGenerator<ParsedRow<RegistryRecordOf<K>>> {
  const { kind, fileName, maxFieldBytes = DEFAULT_MAX_FIELD_BYTES, onBlankLine } = options;
  const layout = layoutForKind(kind);
  const chunks = input[Symbol.asyncIterator]();
  const head = await readHead(chunks);
  const columnCount = inspectFileHead(head, layout, fileName);

  const guard = new LineGuard(Math.max(HEAD_BYTES, maxFieldBytes * columnCount));
  const source = Readable.from(guarded(head, chunks, guard));
  // quote: false — FAA values contain literal `"` (BABY ACE "D") and are never quoted.
  // record_delimiter '\n' — one record per physical line even when a CRLF file has a stray LF; the
  // `\r` lands in the last field and is trimmed. Line numbers are counted here rather than taken
  // from `info.lines`, which counts a `\r` inside a field as a line of its own.
  // skip_empty_lines off — an empty line must still count as a line; blank lines are skipped below.
  const parser = parse({ delimiter: ',', quote: false, record_delimiter: '\n', relax_column_count: true, bom: true, encoding: 'utf8' });
  source.once('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let line = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      line++;
      if (line === 1) continue; // the header, already checked
      if (fields.length === 1 && (fields[0] ?? '').trim() === '') {
        onBlankLine?.(line);
        continue;
      }
      const error = lineError(fields, line, { layout, fileName, columnCount, maxFieldBytes, guard });
      if (error) {
        yield { line, error };
        continue;
      }
      const result = decodeRegistryRow(kind, fields);
      yield result.ok ? { line, record: result.record } : { line, error: issuesError(result.issues, line, fileName) };
    }
  } finally {
    // Like breaking out of `for await` over a Readable: a consumer that stops early releases the input.
    input.destroy();
    source.destroy();
    parser.destroy();
  }
}

interface LineContext {
  readonly layout: RegistryFileLayout;
  readonly fileName: string;
  readonly columnCount: number;
  readonly maxFieldBytes: number;
  readonly guard: LineGuard;
}

function columnName(layout: RegistryFileLayout, index: number): string {
  return layout.columns[index]?.name ?? `column ${index + 1}`;
}

/** Structural problems that make the line's fields meaningless; checked before validation. */
function lineError(fields: readonly string[], line: number, context: LineContext): RowError | undefined {
  const { layout, fileName: file, columnCount, maxFieldBytes, guard } = context;
  const wholeLine = excerpt(fields.join(','));
  const wasCut = guard.takeCut(line);

  const huge = fields.findIndex((field) => Buffer.byteLength(field) > maxFieldBytes);
  if (huge !== -1 || wasCut) {
    const index = huge === -1 ? fields.length - 1 : huge;
    const field = columnName(layout, index);
    const size = huge === -1 ? 'the line' : `${Buffer.byteLength(fields[huge] ?? '')} bytes`;
    return {
      file,
      line,
      field,
      reason: `field over the ${maxFieldBytes}-byte limit (${size}${wasCut ? ', line cut while reading' : ''})`,
      excerpt: excerpt(`${field}=${fields[index] ?? ''}`),
    };
  }
  const badUtf8 = fields.findIndex((field) => field.includes('\uFFFD'));
  if (badUtf8 !== -1) {
    const field = columnName(layout, badUtf8);
    return { file, line, field, reason: 'invalid UTF-8 bytes', excerpt: excerpt(`${field}=${fields[badUtf8]}`) };
  }
  const control = controlCharacterError(fields, line, context);
  if (control) return control;
  if (checkHeader(layout, fields) === undefined) return { file, line, reason: 'repeated header line', excerpt: wholeLine };
  if (fields.length !== columnCount) {
    const reason = guard.isUnterminatedLastLine(line) && fields.length < columnCount
      ? `truncated last line: ${fields.length} of ${columnCount} columns and no line break`
      : `expected ${columnCount} columns, found ${fields.length}`;
    return { file, line, reason, excerpt: wholeLine };
  }
  const extra = fields.slice(layout.columns.length).findIndex((field) => field.trim() !== '');
  if (extra !== -1) {
    return { file, line, reason: 'value after the last column (the line must end with an empty column)', excerpt: wholeLine };
  }
  return undefined;
}

/** No control character but TAB may stand in any field, in its value or its padding (a bare CR included). */
function controlCharacterError(fields: readonly string[], line: number, { layout, fileName: file }: LineContext): RowError | undefined {
  for (const [index, raw] of fields.entries()) {
    const found = findControlCharacter(raw, index === fields.length - 1);
    if (found) {
      const field = columnName(layout, index);
      const reason = found.code === 13 ? `bare CR (U+000D) inside the record, in the ${found.where}` : `control character ${found.label} in the ${found.where}`;
      return { file, line, field, reason, excerpt: excerpt(`${field}=${raw}`) };
    }
  }
  return undefined;
}

function issuesError(issues: readonly { field: string; reason: string; value: string }[], line: number, file: string): RowError {
  const [first, ...others] = issues;
  const more = others.length === 0 ? '' : ` (and ${others.length} more: ${others.map((issue) => issue.field).join(', ')})`;
  return {
    file,
    line,
    field: first?.field,
    reason: `${first?.reason ?? 'invalid row'}${more}`,
    excerpt: excerpt(`${first?.field}=${first?.value}`),
    ...(others.length > 0 ? { issues } : {}),
  };
}
