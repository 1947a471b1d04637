/** Image content types the API accepts. */
export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

/** The metadata of an image being attached to an aircraft (its bytes are already in object storage). */
export interface NewAircraftImage {
  readonly objectKey: string;
  readonly contentType: ImageContentType;
  readonly byteSize: number;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly caption?: string | undefined;
  /** UTC instant `YYYY-MM-DDTHH:mm:ss.sssZ`. */
  readonly takenAt?: string | undefined;
}
