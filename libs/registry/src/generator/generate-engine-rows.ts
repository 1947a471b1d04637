import { ENGINE_FAMILIES } from './aircraft-catalog';
import type { Prng } from './prng';

/** A generated ENGINE row, kept in memory (the whole real file is ~5,000 rows). */
export interface GeneratedEngine {
  readonly code: string;
  readonly type: string;
  readonly values: readonly string[];
}

/**
 * ENGINE rows with unique ascending codes; the first is `00000 NONE` (type 0) as in the FAA file,
 * then one engine per family before repeating, so every engine type exists when there is room.
 *
 * @example
 * ```ts
 * generateEngineRows(10, new Prng(1))[0]?.code; // '00000'
 * ```
 */
export function generateEngineRows(count: number, random: Prng): GeneratedEngine[] {
  const engines: GeneratedEngine[] = [{ code: '00000', type: '0', values: ['00000', 'NONE', 'NONE', '0', '00000', '000000'] }];
  const maxGap = Math.max(1, Math.floor(99_000 / count));
  let code = 0;
  for (let i = 1; i < count; i++) {
    code += random.int(1, maxGap);
    const family = ENGINE_FAMILIES[(i - 1) % ENGINE_FAMILIES.length] ?? ENGINE_FAMILIES[0]!;
    const text = String(code).padStart(5, '0');
    const horsepower = random.int(family.horsepower[0], family.horsepower[1]);
    const thrust = random.int(family.thrust[0], family.thrust[1]);
    engines.push({
      code: text,
      type: family.type,
      values: [
        text,
        family.manufacturer,
        random.pick(family.models),
        family.type,
        String(horsepower).padStart(5, '0'),
        String(thrust).padStart(6, '0'),
      ],
    });
  }
  return engines;
}
