import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';

import { DatasetPathError } from '../../domain/job';
import type { DatasetStore } from '../../use-cases/ports';

/**
 * What S3 answers for a key the caller cannot read: HeadObject has no body, so a 404/403 only carries
 * `NotFound`/`Forbidden`; without `s3:ListBucket` a missing key is a 403 too. Anything else (throttling,
 * a 500) is S3's problem, not the request's, and is rethrown as is.
 */
const UNREADABLE = new Set(['NotFound', 'NoSuchKey', 'NoSuchBucket', 'Forbidden', 'AccessDenied']);

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
      if (head.ContentLength === undefined) throw new DatasetPathError(key, `s3://${this.bucket} returned no size`);
      return head.ContentLength;
    } catch (error) {
      throw this.toPathError(key, error);
    }
  }

  async open(key: string): Promise<Readable> {
    let body: unknown;
    try {
      ({ Body: body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key })));
    } catch (error) {
      throw this.toPathError(key, error);
    }
    if (body instanceof Readable) return body;
    throw new DatasetPathError(key, 'S3 returned no streamable body');
  }

  private toPathError(key: string, error: unknown): unknown {
    if (!(error instanceof Error) || !UNREADABLE.has(error.name)) return error;
    return new DatasetPathError(key, `not readable in s3://${this.bucket}: ${error.name}`, { cause: error });
  }
}
