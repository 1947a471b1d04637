import type { SseMessage } from './sse-parser';
import { SseParser } from './sse-parser';

const parse = (...chunks: string[]): SseMessage[] => {
  const messages: SseMessage[] = [];
  const parser = new SseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  return messages;
};

describe('SseParser', () => {
  it('emits a message at its blank line with its event name and id', () => {
    expect(parse('id: 1\nevent: event\ndata: {"a":1}\n\n')).toEqual([{ event: 'event', id: '1', data: '{"a":1}' }]);
  });

  it('joins a message split across chunks at any byte', () => {
    const text = 'event: event\ndata: {"detail":"x"}\n\nevent: event\ndata: second\n\n';
    const oneByOne = parse(...text.split(''));

    expect(oneByOne.map((message) => message.data)).toEqual(['{"detail":"x"}', 'second']);
  });

  it('ignores comment lines such as the heartbeat', () => {
    expect(parse(': tailing\n\n: heartbeat\n\ndata: x\n\n')).toEqual([{ event: 'message', id: undefined, data: 'x' }]);
  });

  it('joins multi-line data with newlines and accepts CRLF line ends', () => {
    expect(parse('data: a\r\ndata: b\r\n\r\n')).toEqual([{ event: 'message', id: undefined, data: 'a\nb' }]);
  });

  it('holds back a message whose blank line has not arrived yet', () => {
    expect(parse('event: event\ndata: pending\n')).toEqual([]);
  });
});
