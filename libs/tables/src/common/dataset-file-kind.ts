/** The FAA registry files an ingestion job reads (see the FAA ardata.pdf). */
export const DATASET_FILE_KINDS = ['MASTER', 'ACFTREF', 'ENGINE', 'DEREG'] as const;
export type DatasetFileKind = (typeof DATASET_FILE_KINDS)[number];
