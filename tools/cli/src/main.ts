import { buildProgram } from './program';
import { CliError } from './support/cli-error';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`aircraftops: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`aircraftops: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
