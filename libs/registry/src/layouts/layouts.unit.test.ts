import { ACFTREF_LAYOUT, DEREG_LAYOUT, ENGINE_LAYOUT, MASTER_LAYOUT, REGISTRY_FILE_KINDS, checkHeader, layoutForKind } from '.';
import type { RegistryFileLayout } from '.';
import { RegistryError } from '../errors';
import { FAA_SAMPLE_DIR } from '../test-support.fixtures.test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const lineLength = (layout: RegistryFileLayout) => layout.columns.reduce((sum, column) => sum + column.width + 1, 0);

describe('registry layouts', () => {
  it.each([
    [MASTER_LAYOUT, 612, 34],
    [ACFTREF_LAYOUT, 156, 13],
    [ENGINE_LAYOUT, 47, 6],
    // DEREG: the ardata.pdf widths add up to 685 characters plus 38 commas.
    [DEREG_LAYOUT, 723, 38],
  ])('$kind lines have the FAA length and column count', (layout, length, columns) => {
    expect(layout.columns).toHaveLength(columns);
    expect(lineLength(layout)).toBe(length);
  });

  it.each(['MASTER', 'ACFTREF', 'ENGINE'] as const)('%s header equals the real file header', (kind) => {
    const firstLine = readFileSync(join(FAA_SAMPLE_DIR, `${kind}.txt`), 'utf8').split('\r\n')[0];
    expect(`\uFEFF${layoutForKind(kind).headerLine}`).toBe(firstLine);
  });

  it.each(REGISTRY_FILE_KINDS)('%s header line passes its own check', (kind) => {
    const layout = layoutForKind(kind);
    expect(checkHeader(layout, layout.headerLine.split(','))).toBeUndefined();
  });

  it('tolerates BOM, padding, case and a missing trailing comma in a header', () => {
    expect(checkHeader(ENGINE_LAYOUT, ['\uFEFFcode', ' MFR ', 'MODEL', 'TYPE', 'HORSEPOWER', 'THRUST'])).toBeUndefined();
    expect(checkHeader(MASTER_LAYOUT, MASTER_LAYOUT.headerLine.replace(', KIT MODEL', ',KIT MODEL').split(','))).toBeUndefined();
  });

  it('says which column of a header is wrong', () => {
    expect(checkHeader(ENGINE_LAYOUT, ['CODE', 'MAKER', 'MODEL'])).toBe('column 2 is "MAKER", expected "MFR"');
    expect(checkHeader(ENGINE_LAYOUT, ['CODE', 'MFR'])).toBe('header has 2 columns, expected 6 (missing "MODEL")');
    expect(checkHeader(ENGINE_LAYOUT, [...ENGINE_LAYOUT.headerLine.split(','), 'EXTRA'])).toBe(
      'header has 8 columns, expected 6 (extra "")',
    );
  });

  it('rejects an unknown kind', () => {
    expect(() => layoutForKind('RESERVED' as never)).toThrow(RegistryError);
  });
});
