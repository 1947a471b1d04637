/** The Lambda runtime and architecture every function is deployed on (the CDK reads these). */
export const LAMBDA_RUNTIME = 'nodejs22.x';
export const LAMBDA_ARCHITECTURE = 'arm64';
