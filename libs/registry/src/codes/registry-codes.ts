/**
 * Code tables from the FAA `ardata.pdf`. Where the data is known to use codes the document
 * lists sparsely (type registrant 6, region 6), the whole documented range is accepted: rejecting
 * a real registration over an undocumented code is worse than storing it.
 */
export const TYPE_REGISTRANT_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
/** 1 glider … 9 gyroplane, H hybrid lift, O other. */
export const TYPE_AIRCRAFT_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'H', 'O'] as const;
/** 0 none … 9 unknown, 10 electric, 11 rotary. */
export const TYPE_ENGINE_CODES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] as const;
/** Registration status: V valid, letters for triennial/dealer/pending states, 1–29 for notices and cancellations. */
export const STATUS_CODES = [
  'A', 'D', 'E', 'M', 'N', 'R', 'S', 'T', 'V', 'W', 'X', 'Z',
  ...Array.from({ length: 29 }, (_, i) => String(i + 1)),
] as const;
/** FAA regions: 1 Eastern … 8 European, C Great Lakes, E New England, S Northwest Mountain. */
export const REGION_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', 'C', 'E', 'S'] as const;
/** 1 land, 2 sea, 3 amphibian. */
export const AIRCRAFT_CATEGORY_CODES = ['1', '2', '3'] as const;
/** 0 type certificated, 1 not type certificated, 2 light sport. */
export const BUILDER_CERTIFICATION_CODES = ['0', '1', '2'] as const;
export const WEIGHT_CLASSES = ['CLASS 1', 'CLASS 2', 'CLASS 3', 'CLASS 4'] as const;
export const FRACT_OWNER_CODES = ['Y'] as const;
