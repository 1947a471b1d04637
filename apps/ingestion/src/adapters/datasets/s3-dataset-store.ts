import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';

import { DatasetPathError } from '../../domain/job';
import type { DatasetStore } from '../../use-cases/ports';

/**
 * `DatasetStore` over an S3 bucket (env `AIRCRAFTOPS_DATASET_BUCKET`); keys are object keys. The body
 * is streamed, never buffered.
 * @example
 * const store = new S3DatasetStore(new S3Client({}), 'aircraftops-datasets');
 */
export class S3DatasetStore implements DatasetStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async size(key: string): Promise<number> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (cause) {
      throw new DatasetPathError(key, `not readable in s3://${this.bucket}: ${(cause as Error).name}`, { cause });
    }
  }

  async open(key: string): Promise<Readable> {
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (Body instanceof Readable) return Body;
    throw new DatasetPathError(key, 'S3 returned no streamable body');
  }
}
