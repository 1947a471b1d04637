/** JSON for scripts: stable two-space indentation, one trailing newline. */
export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};
