/**
 * How a pane action runs: the pane shows `message` with a progress bar while `job` runs (the job
 * may change the message as it goes, through `say`), and the error in a message bar if it fails;
 * then the result is undefined.
 */
export type Work = <T>(
  message: string,
  job: (say: (message: string) => void) => Promise<T>
) => Promise<T | undefined>;
