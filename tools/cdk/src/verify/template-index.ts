import { isDeepStrictEqual } from 'node:util';

/** A CloudFormation template as synthesised (only what the verifier reads). */
export interface CfnTemplate {
  readonly Resources?: Readonly<Record<string, { readonly Type: string; readonly Properties?: Record<string, unknown> }>>;
}

/** One resource of a template, with its logical id. */
export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Record<string, unknown>;
}

/**
 * A template's resources by type, with the reference helpers the declarations verifier needs
 * (`{ Ref }`, `{ Fn::GetAtt }`, the logical id a property points at).
 * @example
 * const index = new TemplateIndex(template); index.ofType('AWS::Lambda::Function').length;
 */
export class TemplateIndex {
  private readonly resources: CfnResource[];

  constructor(template: CfnTemplate) {
    this.resources = Object.entries(template.Resources ?? {}).map(([logicalId, resource]) => ({
      logicalId,
      type: resource.Type,
      properties: resource.Properties ?? {},
    }));
  }

  ofType(type: string): CfnResource[] {
    return this.resources.filter((resource) => resource.type === type);
  }

  byId(logicalId: string | undefined): CfnResource | undefined {
    return this.resources.find((resource) => resource.logicalId === logicalId);
  }

  /** The logical id a `{ Ref }`, `{ Fn::GetAtt }` or `integrations/${Ref}` join points at. */
  static target(value: unknown): string | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record['Ref'] === 'string') return record['Ref'];
    const getAtt = record['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
    const join = record['Fn::Join'];
    if (Array.isArray(join) && Array.isArray(join[1])) return (join[1] as unknown[]).map(TemplateIndex.target).find((id) => id !== undefined);
    return undefined;
  }
}

/**
 * A problem message when `actual` differs from `expected` (deep equality), else nothing.
 * @example
 * mismatch('BatchSize', 10, 100); // ['BatchSize: expected 100, got 10']
 */
export const mismatch = (what: string, actual: unknown, expected: unknown): string[] =>
  isDeepStrictEqual(actual, expected) ? [] : [`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
