/**
 * Where a handler lives: the module's absolute path (declare it with `path.join(__dirname, ...)`) and
 * its export. The local runtime `require`s it; the CDK bundles `module` with `export` as the handler.
 */
export interface HandlerRef {
  readonly module: string;
  readonly export: string;
}
