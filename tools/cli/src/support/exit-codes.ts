/** Exit codes of the CLI: 1 for a failure at run time, 2 for input the command rejects before doing anything. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
