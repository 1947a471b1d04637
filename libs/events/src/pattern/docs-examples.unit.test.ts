import { testEventPattern } from './test-event-pattern';

/**
 * Examples from the Amazon EventBridge user guide ("Content filtering in event patterns",
 * "Arrays", "Null values and empty strings"), each checked with a matching and a non-matching event.
 */
const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

function withDetail(detail: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...ec2Event, ...extra, detail };
}

describe('content filtering examples', () => {
  it('prefix matches the start of a string value', () => {
    const pattern = { time: [{ prefix: '2017-12-22' }] };
    expect(testEventPattern(pattern, ec2Event)).toBe(true);
    expect(testEventPattern(pattern, { ...ec2Event, time: '2018-12-22T18:43:48Z' })).toBe(false);
  });

  it('prefix with equals-ignore-case ignores the case of the prefix', () => {
    const pattern = { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } };
    expect(testEventPattern(pattern, withDetail({ service: 'EVENTBRIDGE' }))).toBe(true);
    expect(testEventPattern(pattern, withDetail({ service: 'SQS' }))).toBe(false);
  });

  it('suffix matches the end of a string value, case-sensitively', () => {
    const pattern = { FileName: [{ suffix: '.png' }] };
    expect(testEventPattern(pattern, { ...ec2Event, FileName: 'image.png' })).toBe(true);
    expect(testEventPattern(pattern, { ...ec2Event, FileName: 'image.PNG' })).toBe(false);
  });

  it('suffix with equals-ignore-case ignores the case of the suffix', () => {
    const pattern = { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } };
    expect(testEventPattern(pattern, withDetail({ FileName: 'image.PNG' }))).toBe(true);
    expect(testEventPattern(pattern, withDetail({ FileName: 'image.jpg' }))).toBe(false);
  });

  it('anything-but a string or a number excludes that value only', () => {
    expect(testEventPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, ec2Event)).toBe(true);
    const byNumber = { detail: { 'x-limit': [{ 'anything-but': 123 }] } };
    expect(testEventPattern(byNumber, withDetail({ 'x-limit': 123.0 }))).toBe(false);
    expect(testEventPattern(byNumber, withDetail({ 'x-limit': 124 }))).toBe(true);
  });

  it('anything-but a list excludes every listed value', () => {
    const strings = { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } };
    expect(testEventPattern(strings, withDetail({ state: 'stopped' }))).toBe(false);
    expect(testEventPattern(strings, withDetail({ state: 'running' }))).toBe(true);
    const numbers = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };
    expect(testEventPattern(numbers, withDetail({ 'x-limit': 200 }))).toBe(false);
  });

  it('anything-but prefix, suffix, wildcard and equals-ignore-case exclude by shape', () => {
    expect(testEventPattern({ detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, withDetail({ state: 'initializing' }))).toBe(false);
    expect(testEventPattern({ detail: { FileName: [{ 'anything-but': { suffix: '.txt' } }] } }, withDetail({ FileName: 'a.txt' }))).toBe(false);
    expect(testEventPattern({ detail: { FilePath: [{ 'anything-but': { wildcard: '*/dir/*' } }] } }, withDetail({ FilePath: 'a/dir/b' }))).toBe(false);
    expect(testEventPattern({ detail: { FilePath: [{ 'anything-but': { wildcard: '*/dir/*' } }] } }, withDetail({ FilePath: 'a/b' }))).toBe(true);
    const ignoreCase = { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'OverLoaded'] } }] } };
    expect(testEventPattern(ignoreCase, withDetail({ state: 'STOPPED' }))).toBe(false);
    expect(testEventPattern(ignoreCase, withDetail({ state: 'running' }))).toBe(true);
  });

  it('anything-but needs the field to be present', () => {
    expect(testEventPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, withDetail({}))).toBe(false);
  });

  it('numeric matches ranges on JSON numbers only', () => {
    const pattern = {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 3.018e2] }],
      },
    };
    expect(testEventPattern(pattern, withDetail({ 'c-count': 5, 'd-count': 9, 'x-limit': 301.8 }))).toBe(true);
    expect(testEventPattern(pattern, withDetail({ 'c-count': 0, 'd-count': 9, 'x-limit': 301.8 }))).toBe(false);
    expect(testEventPattern(pattern, withDetail({ 'c-count': '5', 'd-count': 9, 'x-limit': 301.8 }))).toBe(false);
  });

  it('cidr matches IPv4 and IPv6 addresses inside the network', () => {
    expect(testEventPattern({ detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, withDetail({ sourceIPAddress: '10.0.0.255' }))).toBe(true);
    expect(testEventPattern({ detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, withDetail({ sourceIPAddress: '10.0.1.0' }))).toBe(false);
    const v6 = { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } };
    expect(testEventPattern(v6, withDetail({ sourceIPAddress: '2001:db8:1234:1a00::1' }))).toBe(true);
    expect(testEventPattern(v6, withDetail({ sourceIPAddress: '2001:db8:1234:1a01::1' }))).toBe(false);
  });

  it('exists true and false test leaves only', () => {
    expect(testEventPattern({ detail: { state: [{ exists: true }] } }, ec2Event)).toBe(true);
    expect(testEventPattern({ detail: { state: [{ exists: false }] } }, ec2Event)).toBe(false);
    expect(testEventPattern({ detail: { 'c-count': [{ exists: false }] } }, ec2Event)).toBe(true);
    // An object-valued field is not a leaf: it does not "exist" for the matcher.
    expect(testEventPattern({ detail: [{ exists: true }] }, ec2Event)).toBe(false);
  });

  it('equals-ignore-case compares whole strings regardless of case', () => {
    const pattern = { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] };
    expect(testEventPattern(pattern, ec2Event)).toBe(true);
    expect(testEventPattern(pattern, { ...ec2Event, 'detail-type': 'EC2 Instance' })).toBe(false);
  });

  it('wildcard matches any run of characters at each star, and escapes are literal', () => {
    const pattern = { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] };
    expect(testEventPattern(pattern, { ...ec2Event, EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/main' })).toBe(true);
    expect(testEventPattern(pattern, { ...ec2Event, EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/main' })).toBe(false);
    expect(testEventPattern({ v: [{ wildcard: 'a\\*b' }] }, { v: 'a*b' })).toBe(true);
    expect(testEventPattern({ v: [{ wildcard: 'a\\*b' }] }, { v: 'axb' })).toBe(false);
  });

  it('$or matches when any alternative does, nested alternatives included', () => {
    const pattern = {
      source: ['aws.cloudwatch'],
      detail: {
        $or: [
          { metricName: ['CPUUtilization', 'ReadLatency'] },
          { metricType: ['MetricType'], namespace: ['AWS/EC2', 'AWS/ES'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] },
          { scope: ['Service'] },
        ],
      },
    };
    const cw = { ...ec2Event, source: 'aws.cloudwatch' };
    expect(testEventPattern(pattern, { ...cw, detail: { metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1000 } })).toBe(true);
    expect(testEventPattern(pattern, { ...cw, detail: { metricType: 'MetricType', namespace: 'AWS/EC2' } })).toBe(false);
    expect(testEventPattern(pattern, { ...cw, detail: { scope: 'Service' } })).toBe(true);
  });
});

describe('arrays, null values and empty strings', () => {
  it('matches when the event array and the pattern values intersect', () => {
    const pattern = { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0', 'arn:other'] };
    expect(testEventPattern(pattern, ec2Event)).toBe(true);
    expect(testEventPattern(pattern, { ...ec2Event, resources: ['arn:nothing'] })).toBe(false);
  });

  it('null matches only null and "" only the empty string', () => {
    const event = withDetail({ eventVersion: '', responseElements: null });
    expect(testEventPattern({ detail: { responseElements: [null] } }, event)).toBe(true);
    expect(testEventPattern({ detail: { eventVersion: [''] } }, event)).toBe(true);
    expect(testEventPattern({ detail: { eventVersion: [null] } }, event)).toBe(false);
    expect(testEventPattern({ detail: { responseElements: ['null'] } }, event)).toBe(false);
  });

  it('numbers compare by value, not by spelling', () => {
    expect(testEventPattern({ detail: { n: [300] } }, '{"detail": {"n": 300.0}}')).toBe(true);
    expect(testEventPattern({ detail: { n: [300] } }, '{"detail": {"n": "300"}}')).toBe(false);
  });

  it('does not look inside a detail that is a JSON-encoded string', () => {
    expect(testEventPattern({ detail: { 'my-key': ['my-value'] } }, { detail: '{"my-key": "my-value"}' })).toBe(false);
  });

  it('requires all fields of an array element to come from the same element', () => {
    const event = withDetail({ employees: [{ firstName: 'John', ids: [1000] }, { firstName: 'Anna' }] });
    expect(testEventPattern({ detail: { employees: { firstName: ['John'], ids: [1000] } } }, event)).toBe(true);
    expect(testEventPattern({ detail: { employees: { firstName: ['Anna'], ids: [1000] } } }, event)).toBe(false);
    expect(testEventPattern({ detail: { employees: { firstName: ['Anna'], ids: [{ exists: false }] } } }, event)).toBe(true);
  });
});
