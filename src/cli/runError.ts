/** A failure that stops the run: one line for the user, exit code 2. */
export class RunError extends Error {}
