import type { ModelFamily } from './aircraft-catalog';
import { MODEL_FAMILIES } from './aircraft-catalog';
import type { GeneratedEngine } from './generate-engine-rows';
import type { Prng } from './prng';

/** A generated ACFTREF row plus what MASTER rows of that model need. */
export interface GeneratedModel {
  readonly code: string;
  readonly family: ModelFamily;
  /** An ENGINE code whose type matches the model's engine type (`00000` when none fits). */
  readonly engineCode: string;
  readonly values: readonly string[];
}

/**
 * ACFTREF rows with unique ascending 7-digit codes and engine links that resolve in `engines`.
 *
 * @example
 * ```ts
 * generateModelRows(100, engines, new Prng(1)).every((m) => engines.some((e) => e.code === m.engineCode)); // true
 * ```
 */
export function generateModelRows(count: number, engines: readonly GeneratedEngine[], random: Prng): GeneratedModel[] {
  const enginesByType = new Map<string, GeneratedEngine[]>();
  for (const engine of engines) enginesByType.set(engine.type, [...(enginesByType.get(engine.type) ?? []), engine]);
  const familyWeights = MODEL_FAMILIES.map((family) => [family, family.weight] as const);

  const models: GeneratedModel[] = [];
  const maxGap = Math.max(1, Math.floor(9_000_000 / count));
  let code = 100_000;
  for (let i = 0; i < count; i++) {
    code += random.int(1, maxGap);
    const family = random.weighted(familyWeights);
    const text = String(code).padStart(7, '0');
    const candidates = enginesByType.get(family.typeEngine);
    const engineCode = family.typeEngine === '0' || !candidates ? '00000' : random.pick(candidates).code;
    const seats = random.int(family.seats[0], family.seats[1]);
    models.push({
      code: text,
      family,
      engineCode,
      values: [
        text,
        family.manufacturer,
        random.pick(family.models),
        family.typeAircraft,
        family.typeEngine,
        random.chance(0.03) ? '3' : '1',
        family.builderCertification,
        String(family.engines).padStart(2, '0'),
        String(seats).padStart(3, '0'),
        family.weightClass,
        String(random.int(family.speed[0], family.speed[1])).padStart(4, '0'),
        '',
        '',
      ],
    });
  }
  return models;
}
