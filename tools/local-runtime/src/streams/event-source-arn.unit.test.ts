import { eventSourceArnOf } from './event-source-arn';

describe('eventSourceArnOf', () => {
  it("replaces DynamoDB Local's region and account and keeps table and stream label", () => {
    expect(eventSourceArnOf('arn:aws:dynamodb:ddblocal:000000000000:table/CoreTable/stream/2026-12-04T17:00:00.000', 'eu-west-1', '123456789012')).toBe(
      'arn:aws:dynamodb:eu-west-1:123456789012:table/CoreTable/stream/2026-12-04T17:00:00.000',
    );
  });

  it('leaves a string that is not an ARN alone', () => {
    expect(eventSourceArnOf('not-an-arn', 'us-east-1', '123456789012')).toBe('not-an-arn');
  });
});
