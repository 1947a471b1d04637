/**
 * The last lines a process printed, for error messages (a crashed JVM explains itself at the end).
 * @example
 * const tail = new OutputTail(3);
 * ['a', 'b', 'c', 'd'].forEach((line) => tail.push(line));
 * tail.lines(); // ['b', 'c', 'd']
 */
export class OutputTail {
  private readonly buffer: string[] = [];

  constructor(private readonly capacity = 40) {}

  push(line: string): void {
    this.buffer.push(line);
    if (this.buffer.length > this.capacity) this.buffer.shift();
  }

  lines(): readonly string[] {
    return [...this.buffer];
  }

  includes(fragment: string): boolean {
    return this.buffer.some((line) => line.includes(fragment));
  }
}
