/**
 * Where a handler lives: the module's absolute path (declare it with `path.join(__dirname, ...)`) and
 * its export. The local runtime loads it; the CDK bundles `module` with esbuild and names `export` as
 * the Lambda handler.
 * @example
 * const ref: HandlerRef = { module: path.join(__dirname, 'handlers/get-aircraft/handler.ts'), export: 'handler' };
 */
export interface HandlerRef {
  readonly module: string;
  readonly export: string;
}
