export { generateRegistryDataset } from './generate-registry-dataset';
export type { GenerateRegistryDatasetOptions, GeneratedRegistryDataset } from './generate-registry-dataset';
export { Prng } from './prng';
export { nextNNumber } from './next-n-number';
export { sampleNNumbers, N_NUMBER_COUNT } from './sample-n-numbers';
export { formatFixedRow } from './format-fixed-row';
