/** An app's declarations break a rule (see `declarationProblems`); the message lists every problem. */
export class InvalidDeclarationError extends Error {
  override readonly name = 'InvalidDeclarationError';
  readonly code = 'declarations.invalid';

  constructor(
    readonly app: string,
    readonly problems: readonly string[],
  ) {
    super(`The declarations of app "${app}" are invalid:\n- ${problems.join('\n- ')}`);
  }
}
