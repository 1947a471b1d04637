const STREAM_ARN = /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/([^/]+)\/stream\/.+$/;

/**
 * The table name in a DynamoDB stream ARN (`arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>`),
 * or undefined when the string is not one.
 *
 * @example
 * ```ts
 * tableNameOfStreamArn('arn:aws:dynamodb:us-east-1:1:table/CoreTable/stream/2025-01-01T00:00:00.000'); // 'CoreTable'
 * ```
 */
export const tableNameOfStreamArn = (arn: string): string | undefined => STREAM_ARN.exec(arn)?.[1];
