/**
 * An IAM statement in plain data: what `policyStatementsOf` derives, what the CDK turns into
 * `iam.PolicyStatement`s and what the local runtime evaluates requests against.
 */
export interface PolicyStatementData {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** `{ StringEquals: { 'events:source': [...] } }`-style conditions (only StringEquals is used). */
  readonly conditions?: Readonly<Record<'StringEquals', Readonly<Record<string, readonly string[]>>>>;
}
